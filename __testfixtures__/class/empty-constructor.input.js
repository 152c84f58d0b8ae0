import { log } from './log.js';

function Logger() {}
Logger.prototype.info = function (message) {
  log('info', message);
};
export default Logger;
