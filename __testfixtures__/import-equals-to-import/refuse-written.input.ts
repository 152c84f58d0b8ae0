import config = require('./config');
config.debug = true;
export const level = config.level;
