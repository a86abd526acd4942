/**
 * Reads each meeting-export fixture (test/local/fixtures/meeting-exports, manifest.json) the way a user would paste it
 * and says what went wrong: a speaker with the wrong role, a speaker the export's chrome made up, an empty section, or
 * a key phrase missing from the section it belongs in. Shared by meeting-exports.test.ts and the count it prints.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { generateLocalNote } from '../../src/local/index.js';
import { labelKey } from '../../src/text/speaker-labels.js';
import type { Role } from '../../src/text/turns.js';

type Section = 'subjective' | 'objective' | 'assessment' | 'plan';
export interface MeetingExportCase {
  file: string;
  layout: string;
  specialty: string;
  roles: Record<string, Role>;
  phrases: Record<Section, string[]>;
}

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'meeting-exports');
export const CASES: MeetingExportCase[] = JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8'));

/** A speaker's name without what the meeting tool adds to it, so "Lan Tran (Language Line)" is Lan Tran. */
function nameKey(label: string): string {
  return labelKey(label.replace(/[\u200b-\u200d\ufeff]/g, '').replace(/\s*\([^)]*\)\s*$/, ''));
}

/** What is wrong with the note written from one fixture; empty when it reads correctly. */
export function problems(c: MeetingExportCase, dir = FIXTURES): string[] {
  const text = readFileSync(join(dir, c.file), 'utf8');
  return problemsOfNote(c, generateLocalNote(text, { specialty: c.specialty }));
}

/** What is wrong with a note already written from a fixture: its speakers' roles and its sections' phrases. */
export function problemsOfNote(c: MeetingExportCase, note: ReturnType<typeof generateLocalNote>): string[] {
  const found = new Map(Object.entries(note.speakers).map(([label, role]) => [nameKey(label), { label, role }]));
  const out: string[] = [];
  for (const [label, role] of Object.entries(c.roles)) {
    const got = found.get(nameKey(label));
    if (!got) out.push(`${label}: not read as a speaker`);
    else if (got.role !== role) out.push(`${label}: ${got.role}, expected ${role}`);
    found.delete(nameKey(label));
  }
  for (const { label, role } of found.values()) out.push(`unexpected speaker "${label}" (${role})`);
  for (const section of ['subjective', 'objective', 'assessment', 'plan'] as const) {
    const body = note[section];
    if (body.trim() === '' && (section !== 'objective' || c.phrases.objective.length > 0)) out.push(`${section} empty`);
    for (const p of c.phrases[section]) if (!body.toLowerCase().includes(p.toLowerCase())) out.push(`${section} lacks "${p}"`);
  }
  return out;
}
