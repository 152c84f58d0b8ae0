var defineProperties = require('define-properties');

defineProperties(exports, { foo: 1 });
