'use strict';

import path from 'path';

export const templatesDir = path.join(import.meta.dirname, 'templates');
export const self = import.meta.filename;

export default { templatesDir, self };
