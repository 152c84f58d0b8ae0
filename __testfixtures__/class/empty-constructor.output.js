import { log } from './log.js';

class Logger {
  info(message) {
    log('info', message);
  }
}
export default Logger;
