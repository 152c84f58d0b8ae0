const { method } = require("lib");
