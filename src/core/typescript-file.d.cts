// Declarations of typescript-file.cjs (hand-written: tsc does not emit them for .cjs sources).
export declare const typescriptFile: string;
export declare function prefetchTypeScript(): Promise<void>;
