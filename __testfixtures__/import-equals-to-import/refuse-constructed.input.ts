import Emitter = require('events');
export const bus = new Emitter();
