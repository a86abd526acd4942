import type { Settings } from '../../config/resolve-settings.js';
import { connectionOf } from '../../config/resolve-settings.js';
import { ExitCode } from '../../exit-codes.js';
import type { ProviderDefinition } from '../../providers/index.js';
import { renderRunPlan, renderRunPlanJson, type RunPlan } from '../../render/run-plan.js';
import { matchSpecialty } from '../../specialties.js';
import type { CommandIo } from '../command-io.js';
import type { PlanOptions } from './options.js';
import { assertWithinBudget, describeCount, type RequestCount } from './request-count.js';

/** What a dry run says about a run besides its inputs: what it would stop at or check first. */
export function listPlanNotes(choice: { settings: Settings; provider: ProviderDefinition }, specialty: string): string[] {
  const { settings, provider } = choice;
  const notes: string[] = [];
  const connection = connectionOf(settings);
  if (provider.key && !connection.service.key && !provider.key.optional?.(connection)) {
    notes.push(`no ${provider.label} key is set: the run would stop before sending anything (exit 3)`);
  }
  if (!matchSpecialty(specialty) && provider.fetchSpecialties) notes.push(`the specialty "${specialty}" is checked against ${provider.label}'s list when the run starts`);
  return notes;
}

export interface PlanHeader {
  command: RunPlan['command'];
  choice: { settings: Settings; provider: ProviderDefinition };
  specialty: string;
  plan: PlanOptions;
}

/**
 * Prints what the run would do (JSON under --json) and returns its exit code: 0, or the refusal of --max-requests
 * (exit 2) when the run it describes would be refused — the same command without --dry-run would stop there.
 */
export function printRunPlan(header: PlanHeader, items: RunPlan['items'], perInput: RequestCount, io: CommandIo): number {
  const { provider, settings } = header.choice;
  const total = items.reduce((sum, item) => sum + item.requests, 0);
  const plan: RunPlan = {
    command: header.command,
    provider: { id: provider.id, label: provider.label },
    specialty: header.specialty,
    items,
    perInput: describeCount(perInput),
    total,
    maxRequests: header.plan.maxRequests,
    notes: listPlanNotes(header.choice, header.specialty),
  };
  io.ctx.stdout.write(settings.format === 'json' ? renderRunPlanJson(plan) : renderRunPlan(plan));
  assertWithinBudget(total, header.plan.maxRequests, items.length > 1 ? describeBudget(items, perInput) : describeCount(perInput), items.length > 1);
  return ExitCode.ok;
}

/** What a run's total is made of, for the --max-requests refusal: `2 inputs × 1 note request`. */
export function describeBudget(items: { action: 'send' | 'skip' }[], perInput: RequestCount): string {
  const sent = items.filter((i) => i.action === 'send').length;
  return `${sent} input${sent === 1 ? '' : 's'} to send × ${describeCount(perInput)}`;
}
