/**
 * Does the engine read a conversation the same whatever layout it arrives in? Development encounters written with
 * plain role labels (`Doctor:`, `Mother:`) are rewritten in each export layout of layout-render.ts, once with their
 * role labels, once with people's names in place of roles (as meeting tools write them) and once with diarised ids
 * (`Speaker 1`, `Speaker 2`, as speech-to-text services write them), and read again:
 * - words kept with the right speaker role: each word of the plain reading, aligned in order with the new reading,
 *   counts when it is still there and still given to the same role (clinician, patient, other);
 * - with --notes, key facts in the right section, against the same encounters in their plain layout.
 * A blind set in a layout we read badly scored 18 points under the others (A25); this measures that loss without one.
 *
 *   node --import tsx test/eval/layout-invariance.ts [--notes] [--layout <name>] [--sample N [--offset K]]
 *   (--sample 2 --offset 0 and --offset 1 split the visits in two halves: tune on one, check on the other)
 */
import { fileURLToPath } from 'node:url';
import { readTranscript } from '../../src/text/parse-transcript.js';
import { readDocumentText } from '../../src/text/structured-documents.js';
import type { Role } from '../../src/text/turns.js';
import { generateLocalNote } from '../../src/local/index.js';
import { loadDevset, type DevEncounter } from './devset.js';
import { scoreEncounter } from './devset-score.js';
import { LAYOUTS, renderLayout, type LayoutName, type Utterance } from './layout-render.js';

const LABEL_LINE = /^([A-Z][A-Za-z.'-]*(?: [A-Za-z.'-]+){0,2}):\s+(\S.*)$/;
const NAMES: Record<Role, string[]> = {
  clinician: ['Ana Ruiz', 'Marcus Hale', 'Ingrid Sato'],
  patient: ['Tom Becker', 'Rhea Lund'],
  other: ['Lena Becker', 'Sam Okoro', 'Ivy Marsh'],
};

/** The encounters written wholly as `Label: text` lines, as utterances; others are left out. */
export function readPlainConversation(transcript: string): Utterance[] | undefined {
  const lines = transcript.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const utterances = lines.map((l) => LABEL_LINE.exec(l)).map((m) => (m ? { speaker: m[1]!, text: m[2]! } : undefined));
  if (utterances.length < 6 || utterances.some((u) => u === undefined)) return undefined;
  return new Set(utterances.map((u) => u!.speaker)).size >= 2 ? (utterances as Utterance[]) : undefined;
}

/** Each speaker as a diarising service writes them, `Speaker 1`, `Speaker 2`… in order of first speaking. */
export function numberSpeakers(utterances: readonly Utterance[]): Utterance[] {
  const order = [...new Set(utterances.map((u) => u.speaker))];
  return utterances.map((u) => ({ speaker: `Speaker ${order.indexOf(u.speaker) + 1}`, text: u.text }));
}

/** Each role label replaced by a person's name, the same name for the same label. */
export function nameSpeakers(utterances: readonly Utterance[], roles: Record<string, Role>): Utterance[] {
  const given = new Map<string, string>();
  const used: Record<Role, number> = { clinician: 0, patient: 0, other: 0 };
  for (const u of utterances) {
    if (given.has(u.speaker)) continue;
    const role = roles[u.speaker] ?? 'other';
    given.set(u.speaker, NAMES[role][used[role]++ % NAMES[role].length]!);
  }
  return utterances.map((u) => ({ speaker: given.get(u.speaker)!, text: u.text }));
}

const wordsOf = (text: string) => text.toLowerCase().split(/[^a-z0-9']+/).filter((w) => w !== '');

function roleWords(transcript: string): { word: string; role: Role }[] {
  return readTranscript(readDocumentText(transcript)).turns.flatMap((t) => wordsOf(t.text).map((word) => ({ word, role: t.role })));
}

/** Share of the reference's words found, in order, in the reading and given the same role there. */
export function measureRoleAgreement(reference: string, rendered: string): number {
  const want = roleWords(reference);
  const got = roleWords(rendered);
  let j = 0;
  let agree = 0;
  for (const w of want) {
    const at = got.slice(j, j + 40).findIndex((g) => g.word === w.word);
    if (at < 0) continue;
    if (got[j + at]!.role === w.role) agree++;
    j += at + 1;
  }
  return want.length === 0 ? 1 : agree / want.length;
}

const VARIANTS = ['roles', 'names', 'ids'] as const;
type Variant = (typeof VARIANTS)[number];
interface Row { layout: LayoutName; variant: Variant; agreement: number; recall?: number }

function measureLayout(layout: LayoutName, sources: ({ e: DevEncounter } & Record<Variant, Utterance[]>)[], notes: boolean): Row[] {
  return VARIANTS.map((variant) => {
    let agreement = 0;
    let [hit, all] = [0, 0];
    for (const s of sources) {
      const rendered = renderLayout(layout, s[variant]);
      agreement += measureRoleAgreement(s.e.transcript, rendered);
      if (notes) {
        const score = scoreEncounter(generateLocalNote(rendered, { specialty: s.e.specialty }), s.e);
        hit += score.facts.filter((f) => f.inSection).length;
        all += score.facts.length;
      }
    }
    return { layout, variant, agreement: (100 * agreement) / sources.length, ...(notes ? { recall: (100 * hit) / all } : {}) };
  });
}

export function reportLayoutInvariance(options: { notes: boolean; layout?: string; sample?: number; offset?: number }): void {
  const sources = loadDevset().filter((e) => !e.sealed).filter((_, i) => i % (options.sample ?? 1) === (options.offset ?? 0)).flatMap((e) => {
    const roles = readPlainConversation(e.transcript);
    const reading = readTranscript(e.transcript);
    // (A dictation headed `S:` / `O:` / `A:` / `P:` is no conversation.)
    return roles && reading.labelled && Object.keys(reading.speakers).length >= 2 ? [{ e, roles, names: nameSpeakers(roles, reading.speakers), ids: numberSpeakers(roles) }] : [];
  });
  console.log(`Layout invariance: ${sources.length} development encounters in plain role labels, rewritten in each layout.`);
  if (options.notes) {
    const base = sources.map((s) => scoreEncounter(generateLocalNote(s.e.transcript, { specialty: s.e.specialty }), s.e));
    const hit = base.reduce((n, b) => n + b.facts.filter((f) => f.inSection).length, 0);
    console.log(`  as written: right section ${((100 * hit) / base.reduce((n, b) => n + b.facts.length, 0)).toFixed(1)}%`);
  }
  console.log(`  layout            words with the right speaker (${VARIANTS.join(' / ')})${options.notes ? `    right section (${VARIANTS.join(' / ')})` : ''}`);
  for (const layout of LAYOUTS.filter((l) => !options.layout || l === options.layout)) {
    const rows = measureLayout(layout, sources, options.notes);
    const figures = (key: 'agreement' | 'recall') => rows.map((r) => `${r[key]!.toFixed(1).padStart(5)}%`).join(' / ');
    console.log(`  ${layout.padEnd(17)} ${figures('agreement')}${options.notes ? `${' '.repeat(23)}${figures('recall')}` : ''}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const flag = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  const [layout, sample, offset] = [flag('--layout'), flag('--sample'), flag('--offset')];
  reportLayoutInvariance({
    notes: process.argv.includes('--notes'), ...(layout ? { layout } : {}), ...(sample ? { sample: Number(sample) } : {}), ...(offset ? { offset: Number(offset) } : {}),
  });
}
