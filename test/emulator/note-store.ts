import { randomBytes, randomUUID } from 'node:crypto';
import { buildNote, type NoteBody } from './note-builder.js';
import type { NoteInput } from './note-request.js';
import type { Reading } from './types.js';

const RETENTION_MS = 30 * 24 * 60 * 60 * 1000;
/** Oldest notes are forgotten past this, so long benchmark runs stay bounded. */
const MAX_NOTES = 20_000;
const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const DEFAULT_FAIL_MESSAGE = 'Transcription failed: audio could not be decoded';

/** Async audio notes answer "processing" for a number of polls, then settle. */
interface PendingOutcome {
  pollsLeft: number;
  finalStatus: 'completed' | 'failed';
  failMessage: string;
}

interface StoredNote {
  noteId: string;
  input: NoteInput;
  expiresAt: string;
  /** The reading it was made in: a note keeps its shape whatever the emulator speaks later. */
  reading: Reading;
  pending?: PendingOutcome;
}

export type NoteLookup =
  | { status: 'missing' }
  | { status: 'processing'; noteId: string }
  | { status: 'failed'; noteId: string; message: string }
  | { status: 'completed'; note: NoteBody };

/** Notes keep their inputs, not their text: rebuilding is deterministic and far smaller to hold. */
export class NoteStore {
  private readonly notes = new Map<string, StoredNote>();

  /** `note_…` in the seeds' reading, a UUID in the current one (help center examples). */
  createNoteId(reading: Reading = 'seeds'): string {
    for (;;) {
      const bytes = randomBytes(20);
      const id = reading === 'current' ? randomUUID() : `note_${Array.from(bytes, (b) => ID_ALPHABET[b % ID_ALPHABET.length]).join('')}`;
      if (!this.notes.has(id)) return id;
    }
  }

  saveCompleted(input: NoteInput, reading: Reading = 'seeds'): NoteBody {
    const stored = this.insert(input, reading);
    return buildNote(input, stored.noteId, stored.expiresAt, reading);
  }

  savePending(input: NoteInput, outcome: PendingOutcome, reading: Reading = 'seeds'): string {
    const stored = this.insert(input, reading);
    stored.pending = outcome;
    return stored.noteId;
  }

  /** Each lookup of a pending note counts as one poll. */
  pollNote(noteId: string): NoteLookup {
    const stored = this.notes.get(noteId);
    if (!stored) return { status: 'missing' };
    const { pending } = stored;
    if (pending && pending.pollsLeft > 0) {
      pending.pollsLeft--;
      return { status: 'processing', noteId };
    }
    if (pending?.finalStatus === 'failed') return { status: 'failed', noteId, message: pending.failMessage };
    return { status: 'completed', note: buildNote(stored.input, stored.noteId, stored.expiresAt, stored.reading) };
  }

  expire(noteId: string): void {
    this.notes.delete(noteId);
  }

  clear(): void {
    this.notes.clear();
  }

  private insert(input: NoteInput, reading: Reading): StoredNote {
    const stored: StoredNote = {
      noteId: this.createNoteId(reading),
      input,
      expiresAt: new Date(Date.now() + RETENTION_MS).toISOString(),
      reading,
    };
    this.notes.set(stored.noteId, stored);
    if (this.notes.size > MAX_NOTES) {
      const oldest = this.notes.keys().next().value;
      if (oldest !== undefined) this.notes.delete(oldest);
    }
    return stored;
  }
}
