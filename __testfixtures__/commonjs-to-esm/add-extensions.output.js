import helper from './helper.js';
import missing from './missing';
import lib from './lib/index.js';
import pkg from './pkgdir/lib/main.js';
import data from './data.json' with { type: 'json' };

export { helper, missing, lib, pkg, data };
export default { helper, missing, lib, pkg, data };
