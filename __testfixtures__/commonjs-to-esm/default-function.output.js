import inherits from 'inherits';

// Creates a stream that counts bytes.
export default function createCounter(options) {
  return { count: 0, options: options, inherits: inherits };
}
