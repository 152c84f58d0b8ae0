import helper from './helper.js';
import missing from './missing';
import lib from './lib/index.js';

export { helper, missing, lib };
export default { helper, missing, lib };
