/** The module namespace of `specifier` (a package name or a file: URL), as `import()` gives it. See import-module.cjs. */
export function importModule(specifier: string): Promise<any>;
