/**
 * Runs the workers and reports when all are done.
 * @param {Promise<Array<Promise<number>>>} started
 * @returns {Promise<number>}
 */
export function finish(started) {
  return started
    .then((pending) => {
      return pending.length;
    });
}

/**
 * @param {Promise<Array<Promise<number>>>} started
 */
export function report(started) {
  started.then((pending) =>
    Promise.all(pending).then((results) => {
      const total = results.reduce((sum, value) => sum + value, 0);
      return total;
    }),
  );
}
