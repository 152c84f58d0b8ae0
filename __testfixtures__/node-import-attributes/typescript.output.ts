import pkg from '../package.json' with { type: 'json' };
const assert = { type: 'json' };
export const options = { assert };
export const version: string = pkg.version;
