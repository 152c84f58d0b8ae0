'use strict';
const assert = require('assert');
const { parse } = require('../lib/parser');

describe('parse', function () {
  it('reads numbers', function () {
    assert.strictEqual(parse('1').value, 1);
    assert.strictEqual(parse('1.5').value, 1.5, 'decimals keep their fraction');
    assert.notStrictEqual(parse('2').value, '2');
  });

  it('reads objects', function () {
    assert.deepStrictEqual(parse('{"a": [1, 2]}').value, {
      a: [1, 2], // nested arrays survive
    });
    assert.notDeepStrictEqual(parse('{}').value, { a: undefined });
  });

  it('leaves other assertion libraries alone', function () {
    expect.equal(parse('1').value, 1);
    assert.strictEqual(parse('3').value, 3);
  });
});
