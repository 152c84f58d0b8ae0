import * as fs from 'node:fs';
import fsPromises from 'fs/promises';
import { rm } from 'node:fs/promises';

export async function reset(dir: string): Promise<void> {
  await fsPromises.rm(dir, { recursive: true, force: true });
  fs.access(dir, fs.constants.F_OK | fs.constants.X_OK, () => {});
  await rm(dir, { recursive: true });
}
