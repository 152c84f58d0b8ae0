/**
 * The `util.is*` family (DEP0044-DEP0058): each predicate and the expression that replaces it.
 * `x` stands for the argument; `uses` says how often it appears (twice needs a side-effect-free
 * argument). Predicates whose exact meaning no plain expression has map to `util.types` or
 * are absent (left alone with a warning).
 */
export interface PredicateRule {
  readonly code: string;
  readonly render: (x: string, util: string) => string;
  readonly uses: 1 | 2;
}

export const UTIL_PREDICATES: Readonly<Record<string, PredicateRule>> = {
  isArray: { code: 'DEP0044', uses: 1, render: (x) => `Array.isArray(${x})` },
  isBoolean: { code: 'DEP0045', uses: 1, render: (x) => `typeof ${x} === 'boolean'` },
  isBuffer: { code: 'DEP0046', uses: 1, render: (x) => `Buffer.isBuffer(${x})` },
  isDate: { code: 'DEP0047', uses: 1, render: (x, util) => `${util}.types.isDate(${x})` },
  isFunction: { code: 'DEP0049', uses: 1, render: (x) => `typeof ${x} === 'function'` },
  isNull: { code: 'DEP0050', uses: 1, render: (x) => `${x} === null` },
  isNullOrUndefined: { code: 'DEP0051', uses: 1, render: (x) => `${x} == null` },
  isNumber: { code: 'DEP0052', uses: 1, render: (x) => `typeof ${x} === 'number'` },
  isObject: { code: 'DEP0053', uses: 2, render: (x) => `${x} !== null && typeof ${x} === 'object'` },
  isPrimitive: {
    code: 'DEP0054',
    uses: 2,
    render: (x) => `${x} === null || (typeof ${x} !== 'object' && typeof ${x} !== 'function')`,
  },
  isRegExp: { code: 'DEP0055', uses: 1, render: (x, util) => `${util}.types.isRegExp(${x})` },
  isString: { code: 'DEP0056', uses: 1, render: (x) => `typeof ${x} === 'string'` },
  isSymbol: { code: 'DEP0057', uses: 1, render: (x) => `typeof ${x} === 'symbol'` },
  isUndefined: { code: 'DEP0058', uses: 1, render: (x) => `${x} === undefined` },
};

/** Deprecations reported but never rewritten: no equivalent can be written without types or intent. */
export const WARN_ONLY: Readonly<Record<string, { code: string; message: string }>> = {
  'util.isError': {
    code: 'DEP0048',
    message: 'util.isError is deprecated (DEP0048); util.types.isNativeError misses Error subclasses from other realms, `instanceof Error` misses cross-realm errors: pick one',
  },
  'crypto.createCipher': {
    code: 'DEP0106',
    message: 'crypto.createCipher is deprecated (DEP0106): use crypto.createCipheriv with an explicit key and IV (a key-derivation change, no safe rewrite)',
  },
  'crypto.createDecipher': {
    code: 'DEP0106',
    message: 'crypto.createDecipher is deprecated (DEP0106): use crypto.createDecipheriv with the key and IV the data was encrypted with',
  },
};

export const ALL_CODES: readonly string[] = [
  'DEP0005',
  'DEP0022',
  'DEP0025',
  'DEP0066',
  ...new Set([...Object.values(UTIL_PREDICATES).map((rule) => rule.code), ...Object.values(WARN_ONLY).map((rule) => rule.code)]),
].sort();
