import { defineTests } from "../__testutils__/defineTests";

describe("require-with-props-to-named-import", () => {
    defineTests(__dirname, "require-with-props-to-named-import");
});
