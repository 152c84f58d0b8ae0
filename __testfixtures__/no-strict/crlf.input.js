'use strict';

export default 1;
