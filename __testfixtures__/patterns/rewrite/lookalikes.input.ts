// Text that looks like the pattern but is not that syntax:
// assert.equal(a, b) in a comment
const doc = 'assert.equal(a, b)';
const tpl = `assert.equal(${1}, 2)`;

declare const assert: { equal(...args: unknown[]): void } | undefined;
declare const other: { equal(...args: unknown[]): void };

assert?.equal(1, 2); // optional call: a?.b is not a.b
assert!.equal(1, 2); // non-null assertion on the object
other.equal(1, 2); // another object
equal(1, 2); // no object
assert.equal(1); // one argument
assert.equal(1, 2, 'message'); // three arguments
assert.equal<number>(1, 2); // type arguments the pattern does not spell out
assert['equal'](1, 2); // element access

declare function equal(...args: unknown[]): void;
