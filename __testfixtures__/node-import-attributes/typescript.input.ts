import pkg from '../package.json' assert { type: 'json' };
const assert = { type: 'json' };
export const options = { assert };
export const version: string = pkg.version;
