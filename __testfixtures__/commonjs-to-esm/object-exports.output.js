import parse from './parse';
import stringify from './stringify';
import formats from './formats';

export { formats, parse, stringify };
export default {
  formats: formats,
  parse: parse,
  stringify
};
