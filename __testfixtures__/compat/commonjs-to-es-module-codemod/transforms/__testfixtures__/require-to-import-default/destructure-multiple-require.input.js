const { a, b, c } = require("lib");
