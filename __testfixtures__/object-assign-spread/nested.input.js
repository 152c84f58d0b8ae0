const state = Object.assign({}, prev, { user: Object.assign({}, prev.user, patch) });
// What TypeScript emits for { ...adapter, ...methods }:
const fsAdapter = Object.assign(Object.assign({}, exports.ADAPTER), methods);
const withKind = Object.assign(Object.assign({ kind: 'file' }, stats), { size: 0 });
