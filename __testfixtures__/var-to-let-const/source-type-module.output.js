// No import or export, but the package says "type": "module" (given here as sourceType): a
// module, so the top-level var is no global-object property and may become const.
const retries = 3;
console.log(retries);
