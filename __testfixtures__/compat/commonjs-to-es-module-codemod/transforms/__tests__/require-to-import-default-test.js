import { defineTests } from "../__testutils__/defineTests";

describe("require-to-import-default", () => {
    defineTests(__dirname, "require-to-import-default");
});
