var proto = require('./application');
var Router = require('./router');

function createApplication() {
  var app = function (req, res, next) {
    app.handle(req, res, next);
  };
  return app;
}

exports = module.exports = createApplication;

exports.application = proto;
exports.Router = Router;
module.exports.version = '4.0.0';
