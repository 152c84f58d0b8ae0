const { k: v } = require("lib");
