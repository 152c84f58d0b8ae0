import assert from 'node:assert';

// An assertion inside another's message argument: the outer call is rewritten in the first
// round, the inner one in the next.
assert.strictEqual(total, 3, String(assert.strictEqual(count, 1)));
