import type { NoteRequest } from '../api/soapnoteapi/schemas.js';
import type { VisitSummaryRequest } from '../api/soapnoteapi/visit-schemas.js';
import type { Provider } from '../config/schema.js';

/** A note from any backend: the four sections, what the backend adds, and which backend made it. */
export type ProviderNote = {
  provider: Provider;
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
  noteId?: string;
} & Record<string, unknown>;

export interface NoteStreamChunk {
  section: string;
  content: string;
}

export interface VisitSummaryResult {
  summary: string;
  key_findings: string[];
  active_diagnoses: { code: string; description: string }[];
}

/** What `note`, `stream` and `summarize` need of a backend; commands never care which one it is. */
export interface NoteBackend {
  createNote(request: NoteRequest): Promise<ProviderNote>;
  streamNote(request: NoteRequest): AsyncIterable<NoteStreamChunk>;
  summarizeVisits(request: VisitSummaryRequest): Promise<VisitSummaryResult>;
}
