/** What a run would do, as --dry-run shows it: nothing in here was sent or written. */
export interface RunPlan {
  command: 'note' | 'audio';
  /** The backend, as the provider table labels it, and its id. */
  provider: { id: string; label: string };
  specialty: string;
  items: { input: string; output: string; action: 'send' | 'skip'; requests: number }[];
  /** What one input sent costs, in words (`1 upload, 1 transcription, 1 note request`). */
  perInput: string;
  total: number;
  maxRequests: number | undefined;
  /** Things the real run would stop at or warn about (no key set…). */
  notes: string[];
}

const NOUNS = { note: ['transcript', 'transcripts'], audio: ['recording', 'recordings'] } as const;

/** The plan for people: one line per input (sent or skipped, and where its note goes), then the paid requests. */
export function renderRunPlan(plan: RunPlan): string {
  const [one, many] = NOUNS[plan.command];
  const sent = plan.items.filter((i) => i.action === 'send');
  const skipped = plan.items.length - sent.length;
  const width = Math.max(...plan.items.map((i) => i.input.length));
  const lines = [
    `dry run: nothing is sent and nothing is written`,
    `provider: ${plan.provider.label} (${plan.provider.id}), specialty ${plan.specialty}`,
    ...plan.items.map((i) => `${i.action === 'send' ? 'send' : 'skip'}  ${i.input.padEnd(width)}  → ${i.output}${i.action === 'skip' ? ' (exists)' : ''}`),
    `paid requests: ${plan.total}` +
      (plan.total === 0 && sent.length > 0 ? ` (${plan.perInput})` : '') +
      (plan.total > 0 ? ` (${sent.length} ${sent.length === 1 ? one : many} × ${plan.perInput})` : '') +
      (skipped > 0 ? `; ${skipped} skipped` : '') +
      (plan.maxRequests !== undefined ? (plan.total <= plan.maxRequests ? `; within --max-requests ${plan.maxRequests}` : `; more than --max-requests ${plan.maxRequests}`) : ''),
    ...plan.notes.map((note) => `! ${note}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** The plan as one JSON document, for CI. */
export function renderRunPlanJson(plan: RunPlan): string {
  return `${JSON.stringify(
    {
      dry_run: true,
      provider: plan.provider.id,
      specialty: plan.specialty,
      inputs: plan.items,
      paid_requests: { total: plan.total, per_input: plan.perInput, ...(plan.maxRequests !== undefined ? { max_requests: plan.maxRequests } : {}) },
      notes: plan.notes,
    },
    null,
    2,
  )}\n`;
}
