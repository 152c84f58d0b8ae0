const state = { ...prev, ...{ user: { ...prev.user, ...patch } } };
// What TypeScript emits for { ...adapter, ...methods }:
const fsAdapter = { ...exports.ADAPTER, ...methods };
const withKind = { kind: 'file', ...stats, ...{ size: 0 } };
