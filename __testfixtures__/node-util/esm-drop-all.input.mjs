import { isArray } from 'util';
import util2 from 'node:util';

export const lists = (values) => values.filter((value) => isArray(value) || util2.isUndefined(value));
