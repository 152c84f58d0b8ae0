/**
 * Runs the workers and reports when all are done.
 * @param {Promise<Array<Promise<number>>>} started
 * @returns {Promise<number>}
 */
export async function finish(started) {
  const pending = await started;
  return pending.length;
}

/**
 * @param {Promise<Array<Promise<number>>>} started
 */
export function report(started) {
  started.then(async (pending) => {
    const results = await Promise.all(pending);
    const total = results.reduce((sum, value) => sum + value, 0);
    return total;
  },
  );
}
