var formats = require('./formats');

module.exports = {
  formats: formats,
  version: '2.0.0',
  parse: function (text) {
    return text.split(formats.separator);
  }
};
