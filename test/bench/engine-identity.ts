// The offline engine's notes on every transcript we have, as a hash per note, to prove that a change meant only to
// make the engine faster (issue 16) leaves every note byte-identical.
//   node --import tsx test/bench/engine-identity.ts write <dir>    notes and their hashes into <dir>
//   node --import tsx test/bench/engine-identity.ts compare <dir>  this code's notes against <dir>'s; exits 1 on a difference
// With --dist, the notes are the built CLI's (dist/, after `npm run build`): its offline backend, as `soap note` loads
// it, with what only the build makes (dist/required-substrings.txt). The notes are written whole (notes.jsonl), so
// that a difference can be read, not only counted.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { generateLocalNote } from '../../src/local/index.js';
import { locateEvalDir } from '../eval/aci-bench.js';
import { readCsvRecords } from '../eval/parse-csv.js';

/** The default (the offline engine's `generic`), the bench's `physician`, and specialties with layouts of their own. */
const SPECIALTIES = ['generic', 'physician', 'physical_therapy', 'psychiatrist', 'dentist', 'veterinary'];

/** Every transcript, by a name that says where it came from. */
function readTranscripts(): [string, string][] {
  const out: [string, string][] = [];
  const readDir = (label: string, dir: string, ext: string): void => {
    for (const file of readdirSync(dir).filter((f) => f.endsWith(ext)).sort()) out.push([`${label}/${file}`, readFileSync(join(dir, file), 'utf8')]);
  };
  readDir('devset', 'test/eval/devset', '.txt');
  readDir('fixtures', 'fixtures/transcripts', '.txt');
  const evalDir = locateEvalDir();
  for (const split of ['train', 'valid']) {
    const csv = join(evalDir, 'aci-bench', `${split}.csv`);
    if (!existsSync(csv)) throw new Error(`no ACI-Bench ${split} split at ${csv}`);
    for (const r of readCsvRecords(readFileSync(csv, 'utf8'))) out.push([`aci-${split}/${r.encounter_id}`, r.dialogue ?? '']);
  }
  readDir('primock57', join(evalDir, 'primock57', 'transcripts_joined'), '.txt');
  return out;
}

type WriteNote = (transcript: string, options: { specialty: string; patientSummary: boolean }) => Promise<unknown>;

/** The built CLI's offline engine: the backend chunk `soap note` loads, without the `provider` it adds. */
function loadBuiltEngine(): WriteNote {
  const chunk = readdirSync('dist').find((f) => /^local-backend-\w+\.js$/.test(f));
  if (!chunk) throw new Error('no built offline backend in dist/: run `npm run build` first');
  const exports = createRequire(import.meta.url)(resolve('dist', chunk)) as Record<string, unknown>;
  type Backend = { createNote(request: object): Promise<Record<string, unknown>> };
  const create = Object.values(exports).find((v): v is () => Backend => typeof v === 'function')!;
  const backend = create();
  return async (transcript, { specialty, patientSummary }) => {
    const { provider: _, ...note } = await backend.createNote({ transcript, specialty, include_patient_summary: patientSummary });
    return note;
  };
}

async function writeNotes(writeNote: WriteNote): Promise<{ hashes: Record<string, string>; lines: string[] }> {
  const hashes: Record<string, string> = {};
  const lines: string[] = [];
  for (const [name, transcript] of readTranscripts()) {
    for (const specialty of SPECIALTIES) {
      // The summary as well for the default specialty: it is the same engine's other output.
      const note = await writeNote(transcript, { specialty, patientSummary: specialty === 'generic' });
      const json = JSON.stringify(note);
      const key = `${name} ${specialty}`;
      hashes[key] = createHash('sha256').update(json).digest('hex');
      lines.push(JSON.stringify({ key, note }));
    }
  }
  return { hashes, lines };
}

const [mode, dir, flag] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'compare') || !dir) throw new Error('usage: engine-identity.ts write|compare <dir> [--dist]');
const started = performance.now();
const { hashes, lines } = await writeNotes(flag === '--dist' ? loadBuiltEngine() : async (transcript, options) => generateLocalNote(transcript, options));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (mode === 'write') {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'hashes.json'), JSON.stringify(hashes, null, 1));
  writeFileSync(join(dir, 'notes.jsonl'), lines.join('\n') + '\n');
  console.log(`${Object.keys(hashes).length} notes written to ${dir} in ${seconds} s`);
} else {
  const reference = JSON.parse(readFileSync(join(dir, 'hashes.json'), 'utf8')) as Record<string, string>;
  const keys = new Set([...Object.keys(reference), ...Object.keys(hashes)]);
  const differ = [...keys].filter((k) => reference[k] !== hashes[k]);
  for (const k of differ.slice(0, 20)) console.log(`differs: ${k}`);
  console.log(`${keys.size} notes compared in ${seconds} s: ${differ.length} differ`);
  if (differ.length > 0) process.exitCode = 1;
}
