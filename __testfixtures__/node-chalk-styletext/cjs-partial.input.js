const chalk = require('chalk');

module.exports = function print(name) {
  console.log(chalk.cyan(name));
  console.log(chalk.hex('#ff0000')('custom'));
  console.log(chalk.red('a', 'b'));
};
