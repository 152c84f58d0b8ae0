interface Port {
  close(): void;
}

export function shutdown(port: Port | undefined): void {
  port?.close();
}
