#!/usr/bin/env node
run(function () { return 1; });
