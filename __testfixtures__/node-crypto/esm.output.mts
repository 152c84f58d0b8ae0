import { createCipher, generateKeyPairSync } from 'node:crypto';
import * as crypto from 'crypto';

export const cipher = createCipher('aes192', 'password');
export const pair = generateKeyPairSync('rsa-pss', { modulusLength: 2048, hash: 'sha512', hashAlgorithm: 'sha512' });
export const rsa = generateKeyPairSync('rsa', { modulusLength: 2048, hash: 'sha256' } as never);
export const fips: number = crypto.getFips() ? 1 : 0;
export const credentials = crypto.createCredentials({});
