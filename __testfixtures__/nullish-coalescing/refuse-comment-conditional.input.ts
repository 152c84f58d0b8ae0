interface Config {
  port?: number;
}

export function keepsComment(config: Config | undefined): Config {
  return config ? /* already loaded */ config : {};
}
