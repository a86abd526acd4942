/** Small HTTP helpers for the emulator's own tests: real requests over loopback. */
import type { Emulator } from './index.js';

export const TEST_KEY = 'snapi_sk_test_emulator_0123';

export const BACK_PAIN_TRANSCRIPT =
  'Patient is a 42-year-old male presenting with persistent lower back pain for 3 weeks. ' +
  'Pain rated 6/10, worse with sitting. Ibuprofen provides moderate relief. BP 128/82. ' +
  'Exam shows lumbar paraspinal tenderness L3-L5. Assessment M54.50 Low back pain.';

export const HEADACHE_TRANSCRIPT =
  'Mother reports her daughter has had morning headaches since starting new glasses. ' +
  'No vomiting, no fever, sleeps well. Vision check pending with the optometrist.';

export interface ApiAnswer {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed body when it is JSON. */
  json: unknown;
}

export interface CallOptions {
  method?: string;
  /** null sends no Authorization header. */
  key?: string | null;
  json?: unknown;
  body?: RequestInit['body'];
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export async function callApi(emu: Emulator, path: string, opts: CallOptions = {}): Promise<ApiAnswer> {
  const headers: Record<string, string> = { ...opts.headers };
  const key = opts.key === undefined ? TEST_KEY : opts.key;
  if (key !== null) headers.authorization = `Bearer ${key}`;
  let body = opts.body;
  if (opts.json !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = JSON.stringify(opts.json);
  }
  const method = opts.method ?? (body === undefined ? 'GET' : 'POST');
  const res = await fetch(`${emu.url}${path}`, { method, headers, body, signal: opts.signal });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** Narrows an answer's JSON for property access in assertions. */
export function readObject(answer: ApiAnswer): Record<string, unknown> {
  if (typeof answer.json !== 'object' || answer.json === null) {
    throw new Error(`expected a JSON object, got ${answer.status}: ${answer.text.slice(0, 200)}`);
  }
  return answer.json as Record<string, unknown>;
}

export function readError(answer: ApiAnswer): { code: string; message: string; details: unknown } {
  const error = readObject(answer).error as { code: string; message: string; details: unknown } | undefined;
  if (!error) throw new Error(`expected an error envelope, got ${answer.text.slice(0, 200)}`);
  return error;
}

export interface SseEvent {
  event?: string;
  data: string;
}

/** Enough of the SSE grammar for what the emulator writes: `event:` and single-line `data:` fields. */
export function parseSseEvents(text: string): SseEvent[] {
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const event: SseEvent = { data: '' };
      for (const line of block.split('\n')) {
        if (line.startsWith('event: ')) event.event = line.slice('event: '.length);
        if (line.startsWith('data: ')) event.data = line.slice('data: '.length);
      }
      return event;
    });
}

export function buildAudioForm(bytes: Uint8Array, filename: string, fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('audio', new Blob([bytes], { type: 'audio/mpeg' }), filename);
  return form;
}
