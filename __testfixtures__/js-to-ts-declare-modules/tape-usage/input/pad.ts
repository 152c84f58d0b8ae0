import pad from '@scope/pad';

export function right(text: string, width: number): string {
  const padded: string = pad(text, width);
  return padded;
}
