interface Options {
  port: number;
  host: string;
}
export function listen(options: Options): string {
  const port = options.port;
  const host = options.host;
  return `${host}:${port}`;
}
