const value = (() => { return 1; })();
const either = maybe || (() => { return 2; });
const called = (() => { return 3; })();
const bound = ((x) => { return x; }).bind(null, 4);
const typeName = typeof (() => {});
