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
  return fault.status !== undefined || fault.code !== undefined || fault.message !== undefined || fault.rawBody !== undefined || fault.hugeBody !== undefined;
}

const FILLER = 'x'.repeat(64 * 1024);

/** See Fault.hugeBody: the client's memory is under test, not the emulator's. */
async function sendHugeBody(sink: ResponseSink, huge: NonNullable<Fault['hugeBody']>, contentType: string): Promise<void> {
  const head = contentType.startsWith('text/event-stream') ? 'data: {"section":"subjective","content":"' : '{"noteId":"note_huge","subjective":"';
  sink.open(200, { 'content-type': contentType, ...(huge.declareLength ? { 'content-length': String(huge.bytes) } : {}) });
  await sink.write(head);
  for (let sent = head.length; sent < huge.bytes && !sink.closed; sent += FILLER.length) await sink.write(FILLER.slice(0, huge.bytes - sent));
  await sink.end();
}

export function describeSabotage(fault: Fault | undefined): Sabotage | undefined {
  if (!fault || (fault.reset !== 'during-body' && !(fault.stallMs && fault.stallMs > 0))) return undefined;
  return { reset: fault.reset === 'during-body', stallMs: fault.stallMs ?? 0 };
}

export async function sendFaultAnswer(sink: ResponseSink, fault: Fault, reading: Reading = 'seeds'): Promise<void> {
  if (fault.hugeBody) return sendHugeBody(sink, fault.hugeBody, fault.contentType ?? 'application/json');
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
