#!/usr/bin/env node
run({ a: a });
