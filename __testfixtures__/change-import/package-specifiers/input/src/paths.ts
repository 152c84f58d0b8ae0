import { join, resolve } from "path";
import { basename } from "node:path/posix";

export const full = (dir: string, name: string): string => resolve(join(dir, basename(name)));
