// Fixture for security/eval. A `// ruleid: <rule>` line marks that the next line must be flagged
// by that rule; every other line must not be flagged by any rule.
export function run(userCode: string, field: string): unknown {
  // ruleid: security/eval
  const result = eval(userCode);
  // ruleid: security/eval
  const getter = new Function('obj', `return obj.${field}`);
  // ruleid: security/eval
  const add = Function('a', 'b', userCode);
  // ok: literal code only
  const constant = eval('1 + 2');
  const fixed = new Function('a', 'b', 'return a + b');
  return [result, getter, add, constant, fixed];
}
