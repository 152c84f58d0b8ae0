#!/usr/bin/env node
// `node bin/codemorph.js …`, as older docs and scripts call it: the same command as the package's
// bin, bin/codemorph.cjs (which see), loaded from this ES module.
import './codemorph.cjs';
