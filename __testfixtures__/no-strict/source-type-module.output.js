// Run by Node as an ES module (sourceType given; in a "type": "module" package auto finds it).
console.log(typeof this);
