#!/usr/bin/env node
run({ go: function () {} });
