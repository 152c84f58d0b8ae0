/** Sends a message. */
function send({ to, text } /* from the queue */) {
  // unpack
  // body
  return deliver(to, text);
}
