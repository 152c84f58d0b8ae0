import { styleText } from 'node:util';

export function report(errors, warnings) {
  console.log(styleText(['red', 'bold'], `${errors} errors`));
  console.log(styleText('yellow', warnings + ' warnings'));
  console.log(styleText('gray', String(Date.now())));
  return styleText('green', errors === 0 ? 'ok' : 'failed');
}
