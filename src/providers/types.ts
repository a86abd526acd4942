import type { ConnectionSettings, RequestRuntime } from '../http/connection.js';
import type { AudioFile } from '../input/audio-file.js';
import type { NoteMethod } from '../llm/index.js';
import type { Note, NoteRequest, Section, StreamEvent, VisitSummary, VisitSummaryRequest } from '../note/index.js';

export type { ConnectionSettings, ServiceSettings } from '../http/connection.js';

/** What a backend gets of the running command: the HTTP runtime (Ctrl-C, --debug, a batch's 429 gate) and a notice line. */
export interface BackendRuntime extends RequestRuntime {
  /** One stderr line for the user (never a transcript or a note); silent under --quiet. */
  notice?: (text: string) => void;
  /**
   * Runs `call` with `text` — patient data a service returned, such as a transcript, that the backend sends on — kept
   * out of every message and trace line until the call settles, as the text a command sends is (src/commands/scrub-backend.ts).
   */
  guardText?: <T>(text: string, call: () => Promise<T>) => Promise<T>;
}

/** Options of the providers that write notes with a model (`supports.modelOptions`). */
export interface ModelOptions {
  model?: string;
  maxTokens: number;
  method: NoteMethod;
}

/** Options of the providers that transcribe (`supports.speechModel`, `supports.redaction`, `supports.medicalMode`). */
export interface TranscriptionOptions {
  /** `--speech-model`, repeatable: AssemblyAI's `speech_models` in order of preference; OpenAI takes one. */
  speechModels?: string[];
  /** `--medical`: AssemblyAI's Medical Mode. */
  medical?: boolean;
  redactPii?: { policies?: string[]; substitution?: 'hash' | 'entity_name' };
}

export interface BackendOptions {
  model: ModelOptions;
  transcription: TranscriptionOptions;
}

/** A job left running: a note (SOAPNoteAPI) or a transcript the note is written from (AssemblyAI). */
export type { JobRef as PendingJob } from '../errors.js';
import type { JobRef as PendingJob } from '../errors.js';

export interface AudioHooks {
  /** False: an async job is handed back as pending instead of waited for. */
  wait: boolean;
  waitTimeoutMs?: number;
  onProgress?: (text: string) => void;
  /** One stderr line for the user (never a transcript or a note). */
  notice?: (text: string) => void;
}

export type AudioSource = { file: AudioFile } | { url: string };

export type AudioOutcome = { note: Note } | { pending: PendingJob };

export interface JobQuery {
  wait: boolean;
  waitTimeoutMs?: number;
  onProgress?: (label: string, elapsedMs: number) => void;
  /** The transcript is ready and its note is being written. */
  onWritingNote?: () => void;
  /** For a transcript: write the note for this specialty once it is ready. */
  note?: { specialty: string; template?: string };
}

export type JobOutcome = { note: Note } | { pending: PendingJob } | { transcript: { id: string; text: string } & Record<string, unknown> };

export interface Specialty {
  id: string;
  name: string;
  /** Sub-templates, when the service's list names them. */
  templates?: { id: string; name: string }[];
}

/** What commands need of a backend; each command checks the operation exists, none asks which backend it is. */
export interface Backend {
  createNote(request: NoteRequest, regenerate?: { previous: Note; sections: Section[] }): Promise<Note>;
  streamNote(request: NoteRequest): AsyncIterable<StreamEvent>;
  summarizeVisits(request: VisitSummaryRequest): Promise<VisitSummary>;
  /** `include_transcript` asks for the transcript back, diarized where the service can. */
  createAudioNote?(source: AudioSource, request: AudioRequest, hooks: AudioHooks): Promise<AudioOutcome>;
  getJob?(id: string, query: JobQuery): Promise<JobOutcome>;
}

/** What a recording's note is asked for with: a note request without the transcript. */
export type AudioRequest = Omit<NoteRequest, 'transcript'> & { include_transcript?: boolean };

/** One row of the provider table: how the backend's key and URLs are found, what it supports, how to load it. */
export interface ProviderDefinition {
  readonly id: string;
  /** How messages name it. */
  readonly label: string;
  /**
   * Its API key: environment variables in order of precedence, how to set one, and whether a connection can do
   * without one (a model server on this machine). None for the offline engine.
   */
  readonly key?: {
    env: readonly string[];
    hint: string;
    optional?: (connection: ConnectionSettings) => boolean;
    /** The documented shape of a key: a key of another shape gets a warning, never a refusal (the service decides). */
    shape?: { pattern: RegExp; message: string };
  };
  /** Its URLs by name (config key `<id>.<name>`): environment variables and the default. */
  readonly urls: Readonly<Record<string, { env: readonly string[]; default: string }>>;
  readonly supports: {
    /** `--model`, `--max-tokens`, `--method`, `--section`/`--from`. */
    readonly modelOptions: boolean;
    /** `--speech-model`. */
    readonly speechModel: boolean;
    /** `--speech-model` repeated: a list of models in order of preference; absent means one model. */
    readonly speechModelList?: boolean;
    /** `--medical` (Medical Mode); absent means no. */
    readonly medicalMode?: boolean;
    /** `--redact-pii…`. */
    readonly redaction: boolean;
    /** Audio from a public URL instead of a file. */
    readonly audioUrl: boolean;
  };
  /**
   * Largest recording it takes, or undefined when it transcribes nothing; `warn` names a size above which some of its
   * servers refuse a recording (it is sent, with a warning).
   */
  audioLimit?(connection: ConnectionSettings): { bytes: number; service: string; warn?: { bytes: number; why: string } };
  /** Lists specialties itself (else the built-in list is shown). */
  readonly listsSpecialties: boolean;
  /**
   * The paid requests one note costs (`--dry-run`, `--max-requests`): requests that hand the service an input to work
   * on, not polls or look-ups. `audio`: those before a recording's note is written (a `fileOnly` one is skipped for a
   * recording given as a URL); `note`: the note's own (a model's: one, or one per section with --method sections),
   * 0 for the offline engine.
   */
  readonly paidRequests: { readonly audio: readonly { readonly what: string; readonly fileOnly?: boolean }[]; readonly note: 0 | 1 };
  /** The specialty used when none is given; absent: one is required (a hosted service bills a note for one). */
  readonly defaultSpecialty?: string;
  /** Its public specialty list, which needs no key; present when it lists specialties. */
  readonly fetchSpecialties?: (connection: ConnectionSettings, runtime: RequestRuntime) => Promise<Specialty[]>;
  /** Keeps async jobs that `soap status <id>` can look up. */
  readonly keepsJobs: boolean;
  /** Loads only this backend's code. */
  load(connection: ConnectionSettings, runtime: BackendRuntime, options: BackendOptions): Promise<Backend>;
  /** How `soap doctor` checks the key; absent for a backend that has neither key nor network. */
  readonly keyCheck?: KeyCheck;
}

/**
 * One request that proves a key works, costs nothing and sends no patient data (a GET without a body). A lookup of
 * an id that cannot exist answers 404 only once the key has been accepted, so such statuses count as accepted too.
 */
export interface KeyCheck {
  /** Which of the row's `urls` it goes to (the others are only checked for reachability). */
  readonly url: string;
  /** What it asks, as `soap doctor` reports it: `GET /v1/note/soap-doctor-key-check`. */
  readonly request: string;
  /** Error statuses that still mean the key was accepted. */
  readonly acceptedStatuses: readonly number[];
  /** Sends it; rejects with the HTTP core's typed errors (AuthError for a refused key). */
  send(connection: ConnectionSettings, runtime: BackendRuntime): Promise<unknown>;
}
