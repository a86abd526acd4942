/**
 * Every offline note the CLI writes for our transcripts, to compare two builds byte for byte after a change meant to
 * make the engine faster, not different: `soap note` (text and --json, exit code and stderr too) and `soap check` of
 * that note, for fixtures/transcripts, test/eval/devset and ACI-Bench valid (read as test/eval/aci-bench.ts reads it);
 * and `soap check` of ACI-Bench's own reference notes, which (unlike the engine's) the checker finds much to say about.
 *
 *   node --import tsx test/bench/write-notes.ts OUT_DIR [path/to/bin/soap.js]     (default: this checkout's, built)
 *   diff -r OUT_DIR_BEFORE OUT_DIR_AFTER
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { locateEvalDir } from '../eval/aci-bench.js';
import { readCsvRecords } from '../eval/parse-csv.js';

const CONCURRENCY = 2;

interface Transcript {
  name: string;
  file: string;
  /** A note written by someone else from this transcript, as `soap check` reads a note. */
  reference?: string;
}

function listTranscripts(scratch: string): Transcript[] {
  const fromDir = (dir: string, prefix: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ name: `${prefix}-${basename(f, '.txt')}`, file: resolve(dir, f) }));
  const aci = readCsvRecords(readFileSync(join(locateEvalDir(), 'aci-bench', 'valid.csv'), 'utf8')).map((rec, k) => {
    const file = join(scratch, `aci-valid-${k}.txt`);
    writeFileSync(file, rec.dialogue ?? '');
    return { name: `aci-valid-${rec.encounter_id ?? k}`, file, reference: JSON.stringify({ assessment: rec.note ?? '' }) };
  });
  return [...fromDir('fixtures/transcripts', 'fixture'), ...fromDir('test/eval/devset', 'devset'), ...aci];
}

function runCli(cli: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', fail);
    child.on('close', (code) => done(`exit ${code}\n--- stderr\n${err}--- stdout\n${out}`));
  });
}

async function writeNotes(outDir: string, cli: string): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'soap-write-notes-'));
  try {
    await writeEach(outDir, cli, scratch);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function writeEach(outDir: string, cli: string, scratch: string): Promise<void> {
  const env = { PATH: process.env.PATH, SOAP_CONFIG_DIR: scratch };
  mkdirSync(outDir, { recursive: true });
  const queue = listTranscripts(scratch);
  const total = queue.length;
  const work = async () => {
    for (let t = queue.shift(); t; t = queue.shift()) {
      const text = await runCli(cli, ['note', t.file, '-s', 'physician'], env);
      const json = await runCli(cli, ['note', t.file, '-s', 'physician', '--json'], env);
      const noteFile = join(scratch, `${t.name}.json`);
      writeFileSync(noteFile, json.slice(json.indexOf('--- stdout\n') + 11));
      const check = await runCli(cli, ['check', noteFile, '-t', t.file, '--json'], env);
      writeFileSync(join(outDir, `${t.name}.txt`), `${text}\n=== json\n${json}\n=== check\n${check}`);
      if (t.reference === undefined) continue;
      const referenceFile = join(scratch, `${t.name}.reference.json`);
      writeFileSync(referenceFile, t.reference);
      writeFileSync(join(outDir, `${t.name}.reference-check.txt`), await runCli(cli, ['check', referenceFile, '-t', t.file, '--json'], env));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, work));
  console.log(`${total} transcripts: notes (text, --json) and checks written to ${outDir}`);
}

const [outDir, cli = 'bin/soap.js'] = process.argv.slice(2);
if (!outDir) throw new Error('usage: write-notes.ts OUT_DIR [path/to/bin/soap.js]');
await writeNotes(resolve(outDir), resolve(cli));
