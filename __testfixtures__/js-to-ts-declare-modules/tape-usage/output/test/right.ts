import test from 'tape';
import { right } from '../pad.js';

test('pads', function (t) {
  t.plan(2);
  t.equal(right('a', 3), '  a', 'to the width');
  t.equal(right('abc', 1), 'abc');
});

test('nested', function (t) {
  t.test('inner', function (st) {
    st.deepEqual([right('x', 2)], [' x']);
    st.end();
  });
  t.end();
});

test.skip('later', function (t) {
  this.timeout(100);
  t.fail('not yet');
  t.end();
});

test.each([{ text: 'a', width: 2 }], function ({ text, width }) {
  right(text, width);
});

test.onFinish(function () {
  console.log('done');
});
