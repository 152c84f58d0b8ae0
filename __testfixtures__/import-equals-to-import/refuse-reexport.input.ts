import os = require('os');
export { os };
