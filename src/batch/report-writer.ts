import { writeSync } from 'node:fs';
import { open, readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { createClaim, isStale, readClaim } from './claim-file.js';
import type { ClaimSet } from './claim-set.js';
import { OutputWriteError } from '../output/unkept-note.js';
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
    reason: o.reason ?? null,
    // Issue 12: the tokens a gateway counted for this note, only when it reported them.
    ...(o.usage !== undefined ? { usage: o.usage } : {}),
  })}\n`;
}

/** `.report.ndjson.run-<id>`: one per run writing the report, so a run can tell whether another is appending to it. */
function markerPrefix(path: string): string {
  return `.${basename(path)}.run-`;
}

/**
 * Marks this run as a writer of the report and says whether another live run is writing it too. Stale markers (a
 * run killed with SIGKILL) are removed on the way. Undefined when no marker can be made beside the report.
 */
async function markWriter(path: string, claims: ClaimSet): Promise<{ marker: string; shared: boolean } | undefined> {
  const dir = dirname(path);
  const prefix = markerPrefix(path);
  const marker = join(dir, `${prefix}${claims.owner.run}`);
  try {
    await createClaim(marker, claims.owner);
  } catch {
    return undefined;
  }
  let shared = false;
  for (const name of await readdir(dir).catch(() => [])) {
    if (!name.startsWith(prefix) || join(dir, name) === marker) continue;
    const seen = await readClaim(join(dir, name));
    if (!seen) continue;
    if (isStale(seen, claims.owner, claims.timing)) await unlink(join(dir, name)).catch(() => undefined);
    else shared = true;
  }
  return { marker, shared };
}

/**
 * Opens `--report FILE` (mode 0600, as it names patients' files) for appending: every line goes out in one write()
 * on an O_APPEND descriptor, so runs sharing a report (a cron overlap, a retried job) interleave whole lines, never
 * parts of them. A run alone replaces the previous run's report (a re-run reports its skips, so nothing is lost);
 * a run that finds another one writing the report appends to it instead. Each line is written synchronously as its
 * outcome happens, so whatever stops the process, the report holds every item finished until then.
 */
export async function openReportWriter(path: string, claims: ClaimSet, scrub?: (text: string) => string): Promise<ReportWriter> {
  let handle;
  let writers: Awaited<ReturnType<typeof markWriter>>;
  try {
    handle = await open(path, 'a', 0o600);
    // `open` applies the mode only when it creates the file; an older report may have been readable by others.
    await handle.chmod(0o600);
    if ((await handle.stat()).isFile()) {
      writers = await markWriter(path, claims);
      if (writers && !writers.shared) await handle.truncate(0);
    }
  } catch (err) {
    await handle?.close().catch(() => undefined);
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`--report ${path}: cannot write here (${code ?? 'error'})`, {
      hint: code === 'ENOENT' ? 'create the folder first' : 'check the folder exists and is writable',
    });
  }
  const file = handle;
  if (writers) claims.track(writers.marker);
  let closed = false;
  return {
    write(outcome) {
      if (closed) return;
      // A few hundred bytes per input: a synchronous write costs microseconds and cannot be lost in a buffer.
      const line = Buffer.from(formatReportLine(outcome, scrub));
      let written;
      try {
        written = writeSync(file.fd, line);
      } catch (err) {
        throw new OutputWriteError(`--report ${path}`, (err as NodeJS.ErrnoException).code ?? 'error', err);
      }
      // One write() per line or none: a short write (the disk filled mid-line) is a failure, not half a line.
      if (written !== line.length) throw new OutputWriteError(`--report ${path}`, 'ENOSPC', undefined);
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await file.sync().catch(() => undefined);
      } finally {
        await file.close();
        if (writers) {
          claims.untrack(writers.marker);
          await unlink(writers.marker).catch(() => undefined);
        }
      }
    },
  };
}
