const chalk = require('chalk');
const { styleText } = require('node:util');

module.exports = function print(name) {
  console.log(styleText('cyan', String(name)));
  console.log(chalk.hex('#ff0000')('custom'));
  console.log(chalk.red('a', 'b'));
};
