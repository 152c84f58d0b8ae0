export function setup(emitter) {
  const onData = function (chunk) {
    emitter.off('data', onData);
    return chunk;
  };
  const later = () => later.calls++;
  emitter.on('data', onData);
  return later;
}
