const withDefaults = (opts) => ({ ...DEFAULTS, ...opts });
const reducer = (state, action) => ({ ...state, ...action.payload });
