import { defineTest } from "jscodeshift/dist/testUtils";

defineTest(__dirname, "single-require");
