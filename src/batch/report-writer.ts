import { writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import type { BatchOutcome } from './run-batch.js';

export interface ReportWriter {
  write(outcome: BatchOutcome): void;
  close(): Promise<void>;
}

/** One NDJSON line; fields in a fixed order so reports diff cleanly between runs. `scrub` cleans a service's words. */
export function formatReportLine(o: BatchOutcome, scrub: (text: string) => string = (text) => text): string {
  return `${JSON.stringify({
    input: o.input,
    output: o.output ?? null,
    status: o.status,
    noteId: o.noteId ?? null,
    attempts: o.attempts,
    duration_ms: o.duration_ms,
    error: o.error ? { code: scrub(o.error.code), message: scrub(o.error.message) } : null,
    // Issue 12: the tokens a gateway counted for this note, only when it reported them.
    ...(o.usage !== undefined ? { usage: o.usage } : {}),
  })}\n`;
}

/**
 * Opens `--report FILE` (replacing a previous run's: the re-run reports its skips, so nothing is lost) with mode
 * 0600, as it names patients' files. Each line is written synchronously as its outcome happens, so whatever
 * stops the process — Ctrl-C, a crash, a CI timeout — the report holds every item finished until then.
 */
export async function openReportWriter(path: string, scrub?: (text: string) => string): Promise<ReportWriter> {
  let handle;
  try {
    handle = await open(path, 'w', 0o600);
    // `open` applies the mode only when it creates the file; an older report may have been readable by others.
    await handle.chmod(0o600);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`--report ${path}: cannot write here (${code ?? 'error'})`, {
      hint: code === 'ENOENT' ? 'create the folder first' : 'check the folder exists and is writable',
    });
  }
  const file = handle;
  let closed = false;
  return {
    write(outcome) {
      if (closed) return;
      // A few hundred bytes per input: a synchronous write costs microseconds and cannot be lost in a buffer.
      writeSync(file.fd, formatReportLine(outcome, scrub));
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await file.sync();
      } finally {
        await file.close();
      }
    },
  };
}
