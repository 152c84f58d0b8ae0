import { join } from "path";

export const nested = join("a", "b");
