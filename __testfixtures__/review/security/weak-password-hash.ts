import { createHash } from 'node:crypto';
import crypto from 'crypto';

export function hashPassword(password: string): string {
  // ruleid: security/weak-password-hash
  return createHash('md5').update(password).digest('hex');
}

export function store(user: { secret: string }) {
  // ruleid: security/weak-password-hash
  const digest = crypto.createHash('sha1').update(user.secret).digest('base64');
  return digest;
}

// ok: a checksum is not a password
export function etag(body: string): string {
  return createHash('md5').update(body).digest('hex');
}
export function passwordHash(password: string, salt: Buffer): Buffer {
  return crypto.scryptSync(password, salt, 64);
}
