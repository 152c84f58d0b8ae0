import { defineTests } from "../__testutils__/defineTests";

describe("module-exports-to-export-default", () => {
    defineTests(__dirname, "module-exports-to-export-default");
});
