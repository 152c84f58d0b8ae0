// Declarations of typescript-file.cjs (hand-written: tsc does not emit them for .cjs sources).
export declare const typescriptOriginal: string;
export declare const typescriptFile: string;
export declare function prefetchTypeScript(): Promise<void>;
export declare function minifiedCopy(original: string, vendors: readonly string[]): string | undefined;
