// Preloaded with `node --import` by benchmarks: prints the process's peak RSS (KiB) on stderr as it exits.
import { writeSync } from 'node:fs';

process.on('exit', () => writeSync(2, `\nmaxrss-kib=${process.resourceUsage().maxRSS}\n`));
