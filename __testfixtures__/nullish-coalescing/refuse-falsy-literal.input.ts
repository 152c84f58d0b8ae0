type Level = 0 | 1 | 2;

export function level(configured: Level | undefined): Level {
  return configured || 1;
}
