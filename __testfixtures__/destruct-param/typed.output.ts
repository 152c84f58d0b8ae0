interface Options {
  port: number;
  host: string;
}
export function listen({ port, host }: Options): string {
  return `${host}:${port}`;
}
