import { UsageError } from '../../errors.js';
import { SECTIONS, type Section } from '../../note/index.js';
import type { ProviderDefinition } from '../../providers/index.js';

/** The paid requests of one input, by kind, and their sum. */
export interface RequestCount {
  steps: { what: string; count: number }[];
  total: number;
}

export interface CountQuery {
  kind: 'note' | 'audio';
  /** --method: a model writes the note in one request, or one per section. */
  method: 'whole' | 'sections';
  /** --section … --from: only these sections are written, one request each. */
  regenerate?: readonly Section[];
  /** A recording given as a URL: no upload. */
  url?: boolean;
}

/**
 * How many paid requests one input costs with this provider: the requests that hand the service an input to work on
 * (an upload, a transcription, a note or section request). Not counted: polling a job, status and specialty-list
 * look-ups (free), and retries after a failure (at most --max-retries more per request), or the one resend of an
 * audio upload to a server that answers 405 to PUT. Pure: the README's Batch section documents the same rule.
 */
export function countPaidRequests(paid: ProviderDefinition['paidRequests'], query: CountQuery): RequestCount {
  const steps: { what: string; count: number }[] = [];
  if (query.kind === 'audio') {
    for (const step of paid.audio) if (!(step.fileOnly && query.url)) steps.push({ what: step.what, count: 1 });
  }
  if (paid.note > 0) {
    if (query.regenerate) steps.push({ what: 'section request', count: new Set(query.regenerate).size });
    else if (query.method === 'sections') steps.push({ what: 'section request', count: SECTIONS.length });
    else steps.push({ what: 'note request', count: 1 });
  }
  return { steps, total: steps.reduce((sum, step) => sum + step.count, 0) };
}

/** `1 upload, 1 transcription, 4 section requests`, or `none (offline)`. */
export function describeCount(count: RequestCount): string {
  if (count.total === 0) return 'none: the offline engine sends nothing';
  return count.steps.map((s) => `${s.count} ${s.what}${s.count === 1 ? '' : 's'}`).join(', ');
}

/**
 * `--max-requests N`: refuses (exit 2, before anything is sent) a run that would make more paid requests than N, so a
 * CI job cannot overspend by accident. `what` says what the total is made of.
 */
export function assertWithinBudget(total: number, maxRequests: number | undefined, what: string, batch = false): void {
  if (maxRequests === undefined || total <= maxRequests) return;
  throw new UsageError(`--max-requests ${maxRequests}: this run would make ${total} paid request${total === 1 ? '' : 's'} (${what}); nothing was sent`, {
    hint: batch ? 'raise --max-requests, or split the inputs (--shard i/n); --dry-run lists them' : 'raise --max-requests (--dry-run shows what the run sends)',
  });
}
