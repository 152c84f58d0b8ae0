import { promises as fsp } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { rmdir } from 'fs/promises';
import fs = require('fs');

const { promises: viaRequire } = require('fs');

export async function forms(dir: string): Promise<void> {
  await fsp.rm(dir, { recursive: true, force: true });
  await fsPromises.rm(dir, { recursive: true, force: true });
  await viaRequire.rm(dir, { recursive: true, force: true });
  fs.rmSync(dir, { recursive: true, force: true });
  await rmdir(dir, { recursive: true });
  const { rmdir: local } = { rmdir: (path: string, options: object) => Promise.resolve([path, options]) };
  await local(dir, { recursive: true });
}
