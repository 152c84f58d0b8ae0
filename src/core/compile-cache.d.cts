// Declarations of compile-cache.cjs (hand-written CommonJS; see the file for what it does).

export interface CachedModule {
  /** What the module exports. */
  readonly exports: unknown;
  /** loaded (already in require.cache), used, made, rejected (made again), off (no cache folder). */
  readonly state: 'loaded' | 'used' | 'made' | 'rejected' | 'off';
  /** With `saveLater`, when a cache is to be made: makes it now. */
  readonly save?: () => void;
}

/** `require(file)` with V8's code cache kept across runs in the user's cache folder. */
export function requireCached(file: string, warmUp?: (exports: unknown) => void, options?: { saveLater?: boolean }): CachedModule;
/** Starts reading `file` and its cache on the thread pool for a later requireCached(file). Never rejects. */
export function prefetch(file: string): Promise<void>;
/** Where cache files go, or undefined when the cache is off. */
export function cacheFolder(): string | undefined;
