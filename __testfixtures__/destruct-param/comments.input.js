/** Sends a message. */
function send(message /* from the queue */) {
  // unpack
  const to = message.to;
  const text = message.text; // body
  return deliver(to, text);
}
