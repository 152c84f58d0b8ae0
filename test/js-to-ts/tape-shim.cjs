// The part of tape's API minimist's tests use, over node:test and node:assert, so the vendored
// package's own tests run offline without installing tape (test(name, fn), t.plan, t.end,
// t.equal, t.deepEqual / t.same, t.ok, t.notOk).
'use strict';
const nodeTest = require('node:test');
const assert = require('node:assert');

module.exports = function test(name, fn) {
  nodeTest(name, (_context, done) => {
    let planned;
    let count = 0;
    let finished = false;
    const end = () => {
      if (!finished) {
        finished = true;
        done();
      }
    };
    const counted = (check) => (...args) => {
      check(...args);
      count++;
      if (planned !== undefined && count === planned) end();
    };
    fn({
      plan: (n) => {
        planned = n;
      },
      end,
      equal: counted((actual, expected, message) => assert.strictEqual(actual, expected, message)),
      deepEqual: counted((actual, expected, message) => assert.deepStrictEqual(actual, expected, message)),
      same: counted((actual, expected, message) => assert.deepStrictEqual(actual, expected, message)),
      ok: counted((value, message) => assert.ok(value, message)),
      notOk: counted((value, message) => assert.ok(!value, message)),
    });
  });
};
