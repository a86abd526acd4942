// Preloaded (--import) by scripts/build.mjs into a run of the built CLI: collects the chunks it compiles (see
// src/code-cache.ts) and, when the run ends, writes each one's V8 code cache next to it, unless a run before wrote it.
import { existsSync, writeFileSync } from 'node:fs';

const scripts = new Map();
globalThis.__soapCodeCacheScripts = scripts;
process.on('exit', () => {
  for (const [file, script] of scripts) {
    if (!existsSync(`${file}.cache`)) writeFileSync(`${file}.cache`, script.createCachedData());
  }
});
