module.exports = {
  Parser: function (source) {
    this.source = source;
  },
};
