#!/usr/bin/env node
// Tiny launcher: everything lives in dist/ (CommonJS, see scripts/build.mjs), loaded lazily per command.
require('../dist/main.js').run();
