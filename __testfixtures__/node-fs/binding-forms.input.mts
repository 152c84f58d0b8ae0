import { promises as fsp } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { rmdir } from 'fs/promises';
import fs = require('fs');

const { promises: viaRequire } = require('fs');

export async function forms(dir: string): Promise<void> {
  await fsp.rmdir(dir, { recursive: true });
  await fsPromises.rmdir(dir, { recursive: true });
  await viaRequire.rmdir(dir, { recursive: true });
  fs.rmdirSync(dir, { recursive: true });
  await rmdir(dir, { recursive: true });
  const { rmdir: local } = { rmdir: (path: string, options: object) => Promise.resolve([path, options]) };
  await local(dir, { recursive: true });
}
