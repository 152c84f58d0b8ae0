module.exports = { legacy: true };
