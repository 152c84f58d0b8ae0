import type { join } from "node:path/posix";
import { sep } from "path";

export type Joiner = typeof join;
export const separator = sep;
