import colors from 'ansi-colors';
import { styleText as paint } from 'node:util';

export const title = (text: string): string => colors.bold.underline(text);
export const done = paint('green', 'done');
