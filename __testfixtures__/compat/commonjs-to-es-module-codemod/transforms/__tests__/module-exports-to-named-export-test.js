import { defineTests } from "../__testutils__/defineTests";

describe("module-exports-to-named-export", () => {
    defineTests(__dirname, "module-exports-to-named-export");
});
