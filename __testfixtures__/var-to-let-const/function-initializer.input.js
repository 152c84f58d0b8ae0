export function setup(emitter) {
  var onData = function (chunk) {
    emitter.off('data', onData);
    return chunk;
  };
  var later = () => later.calls++;
  emitter.on('data', onData);
  return later;
}
