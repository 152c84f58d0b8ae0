function log(res) {
  return Object.keys(res._headers || {});
}
module.exports = log;
