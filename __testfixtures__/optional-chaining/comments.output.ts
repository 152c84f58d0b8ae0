interface Request {
  headers?: { host?: string };
}

export function host(request: Request | undefined): string | undefined {
  // the host header, when there is one
  return request?.headers /* may be missing */ ?.host; // trailing note
}
