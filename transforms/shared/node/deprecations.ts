import type { OptionSpec } from '../../../src/core/options.js';

/**
 * The one table of Node.js deprecations the node-* passes handle: DEP code (or, for changes Node
 * made without a code, an upper-case key) → the first Node major that deprecated it (documentation
 * deprecations count; backports to an older line count for that line). A pass applies a rule only
 * when `target` is at least this major. Source: https://nodejs.org/api/deprecations.html.
 */
export const DEPRECATED_SINCE: Readonly<Record<string, number>> = {
  DEP0005: 6, // Buffer() constructor
  DEP0010: 0, // crypto.createCredentials
  DEP0022: 7, // os.tmpDir()
  DEP0025: 1, // require('sys')
  DEP0026: 0, // util.print
  DEP0027: 0, // util.puts
  DEP0028: 0, // util.debug
  DEP0029: 0, // util.error
  DEP0030: 6, // SlowBuffer
  DEP0034: 1, // fs.exists
  DEP0044: 4, // util.isArray
  DEP0045: 4, // util.isBoolean
  DEP0046: 4, // util.isBuffer
  DEP0047: 4, // util.isDate
  DEP0048: 4, // util.isError
  DEP0049: 4, // util.isFunction
  DEP0050: 4, // util.isNull
  DEP0051: 4, // util.isNullOrUndefined
  DEP0052: 4, // util.isNumber
  DEP0053: 4, // util.isObject
  DEP0054: 4, // util.isPrimitive
  DEP0055: 4, // util.isRegExp
  DEP0056: 4, // util.isString
  DEP0057: 4, // util.isSymbol
  DEP0058: 4, // util.isUndefined
  DEP0059: 6, // util.log
  DEP0060: 6, // util._extend
  DEP0064: 6, // tls.createSecurePair
  DEP0066: 8, // OutgoingMessage.prototype._headers, _headerNames
  DEP0081: 9, // fs.truncate() with a file descriptor
  DEP0093: 10, // crypto.fips
  DEP0095: 10, // timers.enroll
  DEP0096: 10, // timers.unenroll
  DEP0100: 10, // process.assert
  DEP0106: 10, // crypto.createCipher, createDecipher
  DEP0108: 10, // zlib.bytesRead
  DEP0111: 10, // process.binding
  DEP0116: 11, // legacy URL API (url.resolve, url.format of an object): now "Legacy"
  DEP0127: 11, // timers._unrefActive
  DEP0130: 12, // module.createRequireFromPath
  DEP0138: 14, // process.mainModule
  DEP0147: 14, // fs.rmdir(path, { recursive: true })
  DEP0154: 16, // RSA-PSS generateKeyPair options hash, mgf1Hash
  DEP0169: 19, // url.parse
  DEP0176: 20, // fs.F_OK, R_OK, W_OK, X_OK
  DEP0178: 20, // dirent.path
  DEP0179: 22, // crypto.Hash constructor
  DEP0181: 22, // crypto.Hmac constructor
  DEP0184: 22, // node:zlib classes without new
  DEP0185: 22, // node:repl classes without new
  DEP0191: 24, // repl.builtinModules
  DEP0194: 22, // HTTP/2 priority signalling (doc-deprecated in 24.2, backported to 22.17)
  DEP0195: 22, // node:http classes without new
  BUFFER_ATOB: 16, // buffer.atob / buffer.btoa: Legacy, the globals exist since 16
  AXIOS_FETCH: 21, // opt-in: simple axios calls → fetch (global fetch stable in 21)
  CHALK_STYLETEXT: 22, // opt-in: chalk / ansi-colors → util.styleText (stable in 22.13 and 23.5)
  IMPORT_ASSERTIONS: 21, // `assert { type: 'json' }`: removed in 22 (V8), `with` since 18.20/20.10
};

/** `table[key]` for own keys only: `constructor` or `toString` must not find Object.prototype's. */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The newest Node major the table knows; the default target. */
export const LATEST_TARGET = 24;

export const TARGET_OPTION: OptionSpec = {
  type: 'number',
  default: LATEST_TARGET,
  description: `The Node.js major you upgrade to: only what that version deprecates is migrated (default ${LATEST_TARGET})`,
};

/**
 * The `codes` option of a pass: its own codes on by default. Any code of the table is accepted, so
 * `-o codes=DEP0005,DEP0147` can reach every pass of a recipe: each handles the ones it knows.
 */
export function codesOption(codes: readonly string[]): OptionSpec {
  return {
    type: 'string[]',
    choices: Object.keys(DEPRECATED_SINCE),
    default: codes,
    description: `The deprecation codes to handle (default: all this pass knows: ${codes.join(', ')})`,
  };
}

export type NodeMigrationOptions = {
  target: number;
  codes: string[];
};

/** The codes a pass handles in this run: asked for, and deprecated by the target major. */
export function enabledCodes(options: NodeMigrationOptions): Set<string> {
  return new Set(options.codes.filter((code) => (DEPRECATED_SINCE[code] ?? Infinity) <= options.target));
}
