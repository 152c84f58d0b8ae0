import { join } from "node:path/posix";

export const nested = join("a", "b");
