const chalk = require('./my-chalk');
chalk.red('x');
function f(chalk) {
  return chalk.red('y');
}
