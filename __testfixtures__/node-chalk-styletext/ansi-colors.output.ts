import { styleText as paint } from 'node:util';

export const title = (text: string): string => paint(['bold', 'underline'], String(text));
export const done = paint('green', 'done');
