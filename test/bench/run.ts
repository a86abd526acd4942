// `npm run bench`: figures and ratios for the targets in the issues; run from the repository root after a build.
// `npm run bench -- startup batch` runs only the named groups.
import { benchStartup } from './startup.js';
import { benchStreamLatency } from './stream-latency.js';
import { benchAudioUpload } from './audio-upload.js';
import { benchUpload } from './assemblyai-upload.js';
import { benchBatch } from './batch.js';

const GROUPS: Record<string, () => void | Promise<void>> = {
  startup: benchStartup,
  stream: benchStreamLatency,
  audio: benchAudioUpload,
  upload: benchUpload,
  batch: benchBatch,
};

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in GROUPS));
if (unknown.length > 0) throw new Error(`unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(GROUPS).join(', ')}`);

console.log('soap benchmarks (medians; ratios against the stated baseline)\n');
for (const [name, bench] of Object.entries(GROUPS)) {
  if (chosen.length === 0 || chosen.includes(name)) await bench();
}
