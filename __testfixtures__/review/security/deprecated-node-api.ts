import crypto from 'node:crypto';
import { parse } from 'node:url';

export function legacy(size: number, key: string, input: string) {
  // ruleid: security/deprecated-node-api
  const buf = new Buffer(size);
  // ruleid: security/deprecated-node-api
  const cipher = crypto.createCipher('aes-256-cbc', key);
  // ruleid: security/deprecated-node-api
  const target = parse(input);
  // ok: the modern APIs, and a fixed URL
  const safe = Buffer.alloc(size);
  const home = parse('https://example.com/');
  return [buf, cipher, target, safe, home, new URL(input)];
}
