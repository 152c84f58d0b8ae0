// Types for tape, which has none: derived from how this project uses it (codemorph js-to-ts-declare-modules).
declare module 'tape' {
  const test: Tape;
  export = test;
  interface Tape {
    (arg1: string, callback: (t: Test) => void): void;
    skip(arg1: string, callback: (this: TestContext, t: Test) => void): void;
    each(arg1: unknown, callback: (arg1: TestArg) => void): void;
    onFinish(callback: () => void): void;
  }
  interface Test {
    plan(arg1: number): void;
    equal(arg1: string, arg2: string, arg3?: string): void;
    test(arg1: string, callback: (st: Test) => void): void;
    end(): void;
    fail(arg1: string): void;
    deepEqual(arg1: string[], arg2: string[]): void;
  }
  interface TestContext {
    timeout(arg1: number): void;
  }
  interface TestArg {
    text: string;
    width: number;
  }
}
