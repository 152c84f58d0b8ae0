import util from 'node:util';
import { isArray as isList, isString } from 'util';
import * as os from 'os';

export const dir = os.tmpdir();
export const check = (x) => Array.isArray(x) || Array.isArray(x) || typeof x === 'string';
