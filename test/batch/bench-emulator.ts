/** The child processes of test/bench/batch.ts: the emulator (with scripted transient faults) and a batch driver. */
import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable, Writable } from 'node:stream';
import { expandInputs } from '../../src/batch/expand-inputs.js';
import { outputPathFor } from '../../src/batch/output-path.js';
import { openReportWriter } from '../../src/batch/report-writer.js';
import { runBatch } from '../../src/batch/run-batch.js';
import { createSoapNoteApiClient } from '../../src/api/soapnoteapi/create-client.js';
import type { CommandIo } from '../../src/commands/io.js';
import { resolveSettings } from '../../src/config/resolve-settings.js';
import { readTranscript } from '../../src/input/transcript.js';
import { renderNote } from '../../src/output/emit-note.js';
import { writeFileAtomic } from '../../src/output/write-atomic.js';
import { startEmulator } from '../emulator/index.js';

/** A path matcher that also picks requests by their number, so exactly one request in ten fails, deterministically. */
class PickRequests extends RegExp {
  constructor(private readonly pick: () => boolean) {
    super('^/v1/note$');
  }
  override test(path: string): boolean {
    return super.test(path) && this.pick();
  }
}

/** The emulator; with `faults`, request n fails with a 503 when n % 20 = 3 and with a reset when n % 20 = 13. */
export async function serveEmulator(faults: boolean, latencyMs: number): Promise<void> {
  const emu = await startEmulator({ latencyMs });
  const faulted = new Set<number>();
  if (faults) {
    // The pipeline records a request before it looks for a fault, so requests.length is this request's number.
    const every = (rest: number) =>
      new PickRequests(() => {
        const n = emu.requests.length;
        if (n % 20 !== rest) return false;
        faulted.add(n);
        return true;
      });
    emu.fault({ method: 'POST', path: every(3), status: 503, times: Infinity });
    emu.fault({ method: 'POST', path: every(13), reset: 'before-headers', times: Infinity });
  }
  process.stdout.write(`${emu.url}\n`);
  for await (const line of createInterface({ input: process.stdin })) {
    if (line.trim() !== 'stats') continue;
    const made = new Map<string, number>();
    emu.requests.forEach((r, i) => {
      const transcript = (r.json as { transcript?: string } | undefined)?.transcript;
      if (r.path === '/v1/note' && transcript && !faulted.has(i + 1)) made.set(transcript, (made.get(transcript) ?? 0) + 1);
    });
    const duplicateNotes = [...made.values()].filter((n) => n > 1).length;
    process.stdout.write(`${JSON.stringify({ requests: emu.requests.length, faulted: faulted.size, duplicateNotes })}\n`);
  }
  await emu.close();
}

const sink = () => new Writable({ write: (_c, _e, done) => done() });

/** `soap note <inputs> --out-dir <out> --concurrency n --json --report <r>` before the CLI has it: same parts. */
export async function driveBatch([inputs, outDir, concurrency, reportPath]: string[]): Promise<void> {
  const started = performance.now();
  const controller = new AbortController();
  const stdin = Object.assign(Readable.from([]), { isTTY: false });
  const io: CommandIo = {
    ctx: { stdout: sink(), stderr: sink(), stdin, env: process.env, cwd: process.cwd(), signal: controller.signal },
    globals: { debug: false, color: false, quiet: true },
  };
  const settings = resolveSettings({ specialty: 'physician', format: 'json' }, process.env);
  const items = await expandInputs([inputs!], { stdin, extensions: ['.txt'], cwd: process.cwd() });
  const writer = await openReportWriter(reportPath!);
  const writes = new Map<string, number>();
  const result = await runBatch(
    items,
    async (input, gate) => {
      const { text } = await readTranscript(input.path, stdin);
      const { data } = await createSoapNoteApiClient(settings, io, gate).createNote({ transcript: text, specialty: 'physician' });
      const output = outputPathFor(input, outDir!, 'json');
      await mkdir(dirname(output), { recursive: true });
      await writeFileAtomic(output, await renderNote({ ...data, provider: 'soapnoteapi' }, { format: 'json' }, { color: false, decorate: false }));
      writes.set(output, (writes.get(output) ?? 0) + 1);
      return { noteId: data.noteId, output };
    },
    {
      concurrency: Number(concurrency),
      failFast: false,
      signal: controller.signal,
      shouldSkip: async (input) => {
        const output = outputPathFor(input, outDir!, 'json');
        return (await stat(output).catch(() => undefined)) ? output : undefined;
      },
      onOutcome: (o) => writer.write(o),
    },
  );
  await writer.close();
  const writtenTwice = [...writes.values()].filter((n) => n > 1).length;
  const batchMs = performance.now() - started;
  process.stdout.write(`${JSON.stringify({ counts: result.counts, batchMs, maxRssBytes: process.resourceUsage().maxRSS * 1024, writtenTwice })}\n`);
}
