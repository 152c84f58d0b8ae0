import chalk from 'chalk';

export function report(errors, warnings) {
  console.log(chalk.red.bold(`${errors} errors`));
  console.log(chalk.yellow(warnings + ' warnings'));
  console.log(chalk.grey(String(Date.now())));
  return chalk.green(errors === 0 ? 'ok' : 'failed');
}
