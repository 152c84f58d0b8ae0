#!/usr/bin/env node
run(() => 1);
