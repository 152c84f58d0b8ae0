interface Config {
  debug?: { level: number };
}

export function debugLevel(enabled: boolean, config: Config | undefined): number {
  if (enabled && config?.debug && config.debug.level > 2) return 3;
  return 0;
}
