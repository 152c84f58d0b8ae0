#!/usr/bin/env node
interface Args {
  dir: string;
}

declare function parse(argv: string[]): Args | undefined;

const args = parse(["--dir", "."]) ?? { dir: "." };
export default args;
