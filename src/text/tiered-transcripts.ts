/**
 * A tiered transcript in the CHAT way (CHILDES, TalkBank, and the speech-language tools that write it): `@` header
 * lines, one of them a roster of participants (`@Participants: CHI Ana Target_Child, MOT Mother`); main tiers
 * `*CODE:` holding each utterance; dependent tiers `%xxx:` under them. Rewritten line for line as `Label: words`:
 * - a main tier's code becomes the role the roster (or the convention's standard codes) gives it, so `*MOT:` reads as
 *   the mother and `*CHI:` as the child, the patient;
 * - a comment or action tier (`%com:`, `%act:`, `%sit:`, `%exp:`, `%gpx:`) is what the transcriber (the clinician) saw;
 * - a translation tier (`%eng:`, `%tra:`, `%trn:`, `%glo:`) is read in place of the foreign words above it;
 * - coding tiers (morphology, grammar, phonology, timing) and the headers are nobody's words and go;
 * - the convention's marks inside an utterance (time bullets, `&-um`, `&=laughs`, `[/]`, `(.)`, `xxx`) go too.
 * Other texts come back undefined.
 */
import { roleFromLabel } from './speaker-labels.js';

const MAIN = /^\*([A-Z][A-Z0-9]{1,7}):\s*(.*)$/;
const DEPENDENT = /^%([a-z]{2,6}):\s*(.*)$/;
const HEADER = /^@\s*([A-Za-z][A-Za-z ]*?)\s*(?::\s*(.*))?$/;
const OBSERVATION_TIERS = new Set(['com', 'act', 'sit', 'exp', 'gpx', 'add', 'int', 'spa']);
const TRANSLATION_TIERS = new Set(['eng', 'tra', 'trn', 'glo', 'xtra']);
/** The standard codes of the convention, for a file without a roster. */
const STANDARD_CODES: Readonly<Record<string, string>> = {
  CHI: 'Child', MOT: 'Mother', FAT: 'Father', GRA: 'Grandmother', GRF: 'Grandfather', SIS: 'Sister', BRO: 'Brother',
  INV: 'Clinician', EXP: 'Examiner', CLN: 'Clinician', THE: 'Therapist', PAR: 'Patient', PAT: 'Patient', TEA: 'Teacher',
};
/** Roster roles the label lexicon does not know: whose talk the visit is about, and who runs it. */
const ROSTER_ROLES: Readonly<Record<string, string>> = {
  'target child': 'Child', 'target adult': 'Patient', 'target': 'Patient', 'investigator': 'Clinician', 'experimenter': 'Clinician',
};

/** `@Participants: CHI Ana Target_Child, MOT Mother`: each code's label (a name with its role, or the role alone). */
function readRoster(value: string): Map<string, string> {
  const roster = new Map<string, string>();
  for (const entry of value.split(',')) {
    const [code, ...rest] = entry.trim().split(/\s+/);
    if (!code || rest.length === 0) continue;
    const role = rest.at(-1)!.replace(/_/g, ' ');
    const name = rest.slice(0, -1).join(' ');
    const said = ROSTER_ROLES[role.toLowerCase()] ?? role;
    roster.set(code.toUpperCase(), name !== '' && roleFromLabel(name) === undefined ? `${name} (${said})` : said);
  }
  return roster;
}

// The convention's time bullet: a media offset between two NAK characters ("\u0015 1200_3400 \u0015").
const NAK = String.fromCharCode(0x15);
const TIME_BULLET = new RegExp(`${NAK}[^${NAK}]*${NAK}`, 'g');

/** An utterance without the convention's transcription marks. */
function cleanUtterance(text: string): string {
  return text
    .replace(TIME_BULLET, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/&=\S+/g, ' ')
    .replace(/&[-+~*]?(?=\p{L})/gu, '')
    .replace(/\(\.{1,3}\)|\(\d+(?:\.\d+)?\)/g, ' ')
    .replace(/\b(?:xxx|yyy|www)\b/g, ' ')
    .replace(/\+[.,/?!"<^+]+/g, ' ')
    .replace(/[‹›⌈⌉⌊⌋↗↘→]/g, ' ')
    .replace(/\s+([.?!,])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export function unfoldTieredTranscript(lines: readonly string[]): string[] | undefined {
  const mains = lines.filter((l) => MAIN.test(l)).length;
  const other = lines.filter((l) => l.trim() !== '' && !MAIN.test(l) && !DEPENDENT.test(l) && !HEADER.test(l) && !/^\s/.test(l)).length;
  if (mains < 3 || other > mains * 0.2 || !lines.some((l) => DEPENDENT.test(l) || /^@(?:Begin|Participants)\b/i.test(l))) return undefined;
  const rosterLine = lines.map((l) => HEADER.exec(l)).find((m) => m && /^participants$/i.test(m[1]!));
  const roster = readRoster(rosterLine?.[2] ?? '');
  const labelOf = (code: string) => roster.get(code) ?? STANDARD_CODES[code] ?? code;
  const observer = [...new Set(lines.flatMap((l) => MAIN.exec(l)?.[1] ?? []))].map(labelOf).find((label) => roleFromLabel(label) === 'clinician') ?? 'Clinician';
  const out = lines.map(() => '');
  let lastMain = -1;
  lines.forEach((line, i) => {
    const main = MAIN.exec(line);
    if (main) {
      const words = cleanUtterance(main[2]!);
      lastMain = i;
      out[i] = words === '' ? '' : `${labelOf(main[1]!)}: ${words}`;
      return;
    }
    const tier = DEPENDENT.exec(line);
    if (tier && TRANSLATION_TIERS.has(tier[1]!) && lastMain >= 0 && out[lastMain] !== '') {
      out[lastMain] = '';
      out[i] = `${labelOf(MAIN.exec(lines[lastMain]!)![1]!)}: ${cleanUtterance(tier[2]!)}`;
    } else if (tier && OBSERVATION_TIERS.has(tier[1]!) && tier[2]!.trim() !== '') {
      // A note is a sentence of its own, not the start of the observer's next utterance.
      out[i] = `${observer}: ${tier[2]!.trim().replace(/([^.?!])$/, '$1.')}`;
    } else if (/^\s+\S/.test(line) && lastMain === i - 1 && out[lastMain] !== '') {
      // A main tier wrapped onto an indented line goes on.
      out[lastMain] = `${out[lastMain]} ${cleanUtterance(line)}`;
    }
  });
  return out;
}
