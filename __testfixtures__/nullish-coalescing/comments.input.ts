interface Config {
  port?: number;
}

export function load(fromFile: Config | undefined, fromEnv: Config | undefined): Config {
  return (
    // the file wins over the environment
    fromFile /* may be missing */ || // then the environment
    fromEnv ||
    {}
  );
}

export function keepsComment(config: Config | undefined): Config {
  return config ? /* explain */ config : {};
}
