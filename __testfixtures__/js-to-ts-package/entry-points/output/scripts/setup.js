// still JavaScript (a tool loads it by name): the entry keeps naming it
module.exports = {};
