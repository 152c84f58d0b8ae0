export function repeat(text: string, times: number = 2): string {
  return text.repeat(times);
}
