const withDefaults = (opts) => Object.assign({}, DEFAULTS, opts);
const reducer = (state, action) => Object.assign({}, state, action.payload);
