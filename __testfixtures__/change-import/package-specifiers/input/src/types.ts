import type { join } from "path";
import { sep } from "path";

export type Joiner = typeof join;
export const separator = sep;
