export function connect(options?: { port: number }) {
  const port = options.port;
  return port;
}
