import util from 'node:util';
import { isArray as isList, isString } from 'util';
import * as os from 'os';

export const dir = os.tmpDir();
export const check = (x) => util.isArray(x) || isList(x) || isString(x);
