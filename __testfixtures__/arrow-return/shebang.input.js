#!/usr/bin/env node
run(() => { return 1; });
