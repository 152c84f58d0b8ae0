import parse from './parse';
export { parse };
import stringify from './stringify';
export { stringify };
import defaultsModule from './defaults.json' with { type: 'json' };
export const defaults = defaultsModule;

export default { parse, stringify, defaults };
