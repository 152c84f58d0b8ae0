interface Cache {
  size: number;
}

declare const memory: Cache | undefined;
declare const disk: Cache | null;

// In a test `||` is a logical or: `??` would mean the same here but read as a fallback.
if (memory || disk) {
  void 0;
}
export const empty = !(memory || disk);
export const pick = memory || disk ? 'cached' : 'cold';
