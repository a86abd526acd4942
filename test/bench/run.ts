// `npm run bench`: figures and ratios for the targets in the issues; run from the repository root after a build.
import { benchStartup } from './startup.js';
import { benchStreamLatency } from './stream-latency.js';
import { benchAudioUpload } from './audio-upload.js';
import { benchUpload } from './assemblyai-upload.js';
import { benchBatch } from './batch.js';

console.log('soap benchmarks (medians; ratios against the stated baseline)\n');
benchStartup();
await benchStreamLatency();
await benchAudioUpload();
await benchUpload();
await benchBatch();
