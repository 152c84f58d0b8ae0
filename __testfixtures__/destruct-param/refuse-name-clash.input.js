function pick(options, port) {
  const port2 = options.port;
  const host = options.port;
  var port = options.port;
  return [port2, host, port];
}
