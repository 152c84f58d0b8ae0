import * as assert from 'node:assert';

export function check(value: unknown): void {
  assert.ok(value !== undefined, 'value is required');
  assert.equal(typeof value, 'string');
}
