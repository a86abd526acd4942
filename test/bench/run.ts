// `npm run bench`: figures and ratios for the targets in the issues; run from the repository root after a build.
import { benchStartup } from './startup.js';

console.log('soap benchmarks (medians; ratios against the stated baseline)\n');
benchStartup();
