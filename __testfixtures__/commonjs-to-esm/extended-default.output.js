import proto from './application';
import Router from './router';

function createApplication() {
  var app = function (req, res, next) {
    app.handle(req, res, next);
  };
  return app;
}

export default createApplication;

createApplication.application = proto;
createApplication.Router = Router;
createApplication.version = '4.0.0';
