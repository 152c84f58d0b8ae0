export function repeat(text: string, times?: number): string {
  if (times === undefined) times = 2;
  return text.repeat(times);
}
