/** Public shapes of the SOAPNoteAPI emulator. */

/**
 * Which of SOAPNoteAPI's published readings the emulator speaks (see the shared API-delta notes):
 * - `seeds`: the API docs the seeds copy: `{section, content}` stream events, `POST /v1/note/audio` with flat form
 *   fields (PUT answers 405), `note_…` ids, upper-case error codes with `details: {}`, specialties behind the key.
 * - `current`: the help center and the vendor's MCP client (March 2026): content-only stream chunks with the headings
 *   in the text, `PUT /v1/note/audio` with `audio` + `metadata` parts (POST answers 405) answered as a job with a
 *   status URL, a completed status without the note (fetched with GET /v1/note/:id), UUID ids, nulls in optional
 *   fields, HCPCS and ICD-11 codes, lower-case error codes with `details` arrays, and a public specialty list of
 *   `{value, label, templates}` objects that includes `primary_care_physician`.
 */
export type Reading = 'seeds' | 'current';

export const READINGS: readonly Reading[] = ['seeds', 'current'];

export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  /** For a file over the route's limit: bytes read before rejecting (limit + 1), and their hash. */
  size: number;
  sha256: string;
}

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  /** Lower-cased names, as node gives them. */
  headers: Record<string, string | string[] | undefined>;
  /** Raw bytes received; empty for multipart and for bodies over 1 MB (see bodySize). */
  body: Buffer;
  bodySize: number;
  /** Parsed JSON body, when the content-type is JSON and it parsed. */
  json?: unknown;
  multipart?: { fields: Record<string, string>; files: RecordedFile[] };
}

export interface Fault {
  /** Which requests it matches (default: any). */
  method?: string;
  path?: string | RegExp;
  /** How many matching requests it applies to (default 1); Infinity allowed. */
  times?: number;
  /** Answer with {"error":{code,message,details:{}}}; a missing half is filled from the other. */
  status?: number;
  code?: string;
  message?: string;
  /** Extra headers on the answer, e.g. {'retry-after': '1'}. */
  headers?: Record<string, string>;
  /** Wait before sending headers; alone, the normal answer follows the wait. */
  delayMs?: number;
  /** Destroy the socket; 'during-body' does so after the headers and part of the body (two SSE events). */
  reset?: 'before-headers' | 'during-body';
  /** Answer with this exact body (status defaults to 200). */
  rawBody?: string;
  contentType?: string;
  /** Write headers and part of the body (two SSE events), go silent this long, then finish. */
  stallMs?: number;
  /**
   * SOAPNoteAPI emulator only: answer 200 with a body of `bytes`, written chunk by chunk as the client takes it (never
   * held whole) — a note, or with contentType text/event-stream one SSE event, whose subjective never ends.
   * `declareLength` sends its content-length; without it the body is chunked and only its bytes tell its size.
   */
  hugeBody?: { bytes: number; declareLength?: boolean };
}

export interface StreamOptions {
  chunkSize: number;
  intervalMs: number;
  truncateAfterEvents?: number;
  /** Sent after `afterEvents ?? truncateAfterEvents ?? 1` content events, then the stream ends. */
  errorAfterEvents?: { code: string; message: string; afterEvents?: number };
  /** Called right after each content event is handed to the socket (the streaming latency benchmark times it). */
  onEventWritten?: (index: number, event: { section?: string; content: string }) => void;
}

export interface AudioOptions {
  mode: 'sync' | 'async';
  pollsUntilDone: number;
  finalStatus: 'completed' | 'failed';
  failMessage?: string;
}

export interface Emulator {
  url: string;
  port: number;
  /** Every request received, in order (faulted ones included). */
  requests: RecordedRequest[];
  /** Queue a scripted fault; faults are consumed in order of matching. */
  fault(f: Fault): void;
  /** The reading it speaks; may be changed between requests (reset() restores the one it started with). */
  reading: Reading;
  /** Added before every answer. */
  latencyMs: number;
  stream: StreamOptions;
  audio: AudioOptions;
  /** Later GETs of the note answer 404 NOT_FOUND. */
  expireNote(noteId: string): void;
  /** Clear requests, faults and stored notes; restore defaults. */
  reset(): void;
  close(): Promise<void>;
}

export interface StartOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  latencyMs?: number;
  /** Default `seeds`. */
  reading?: Reading;
  /**
   * Serve HTTPS with this key and certificate (PEM), e.g. one signed at test time by a throwaway CA, to stand in
   * for a network that inspects TLS. The url then starts with https://.
   */
  tls?: { key: string | Buffer; cert: string | Buffer };
}

export function createDefaultStreamOptions(): StreamOptions {
  return { chunkSize: 40, intervalMs: 0 };
}

export function createDefaultAudioOptions(): AudioOptions {
  return { mode: 'sync', pollsUntilDone: 2, finalStatus: 'completed' };
}
