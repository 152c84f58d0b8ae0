import assert from 'node:assert';

// An assertion inside another's message argument: the outer call is rewritten in the first
// round, the inner one in the next.
assert.equal(total, 3, String(assert.equal(count, 1)));
