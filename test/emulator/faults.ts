import { describeCode, formatErrorBody, lookupCodeForStatus, lookupStatusForCode } from './api-error.js';
import type { ResponseSink, Sabotage } from './response-sink.js';
import type { Fault, Reading } from './types.js';

interface QueuedFault {
  fault: Fault;
  remaining: number;
}

function matchesFault(fault: Fault, method: string, path: string): boolean {
  if (fault.method !== undefined && fault.method.toUpperCase() !== method) return false;
  if (fault.path === undefined) return true;
  if (typeof fault.path === 'string') return fault.path === path;
  fault.path.lastIndex = 0; // a /g pattern would otherwise remember the last match
  return fault.path.test(path);
}

export class FaultQueue {
  private queue: QueuedFault[] = [];

  add(fault: Fault): void {
    const remaining = fault.times ?? 1;
    if (remaining > 0) this.queue.push({ fault, remaining });
  }

  /** The first queued fault that matches, with one use spent. */
  take(method: string, path: string): Fault | undefined {
    const index = this.queue.findIndex((q) => matchesFault(q.fault, method, path));
    const entry = this.queue[index];
    if (!entry) return undefined;
    entry.remaining--;
    if (entry.remaining <= 0) this.queue.splice(index, 1);
    return entry.fault;
  }

  clear(): void {
    this.queue = [];
  }
}

/** True when the fault replaces the answer rather than only delaying or spoiling the normal one. */
export function hasFaultAnswer(fault: Fault): boolean {
  return fault.status !== undefined || fault.code !== undefined || fault.message !== undefined || fault.rawBody !== undefined;
}

export function describeSabotage(fault: Fault | undefined): Sabotage | undefined {
  if (!fault || (fault.reset !== 'during-body' && !(fault.stallMs && fault.stallMs > 0))) return undefined;
  return { reset: fault.reset === 'during-body', stallMs: fault.stallMs ?? 0 };
}

export async function sendFaultAnswer(sink: ResponseSink, fault: Fault, reading: Reading = 'seeds'): Promise<void> {
  if (fault.rawBody !== undefined) {
    const contentType = fault.contentType ?? 'application/json';
    await sink.sendWhole(fault.status ?? 200, { 'content-type': contentType }, fault.rawBody);
    return;
  }
  const status = fault.status ?? (fault.code !== undefined ? lookupStatusForCode(fault.code) : undefined) ?? 500;
  const code = fault.code ?? lookupCodeForStatus(status);
  const body = formatErrorBody(code, fault.message ?? describeCode(code), {}, reading);
  await sink.sendWhole(status, { 'content-type': 'application/json; charset=utf-8' }, body);
}
