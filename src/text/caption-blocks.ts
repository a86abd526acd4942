/**
 * The caption and subtitle families whose cues the SRT / WebVTT reader (subtitle-format.ts) does not know: SubViewer
 * (`[INFORMATION]` header, `00:00:01.20,00:00:04.60`, `[br]`), broadcast timecode lists (`10:00:01:05 - 10:00:04:10`),
 * Spruce-like one-line cues (`00:00:01:00,00:00:05:00,Words|more words`), numbered Encore-like cues. All share one shape:
 * a time range opens a cue, its words follow (on the same line or below), a break token splits the caption's lines,
 * and a header block before the first cue carries no words.
 *
 * Speakers in captions are named only where the picture does not show who talks; a dash opens another voice. So a
 * named line keeps its name, and every unnamed cue or dashed line is a voice read from what it says
 * (caption-voices.ts), with taking turns as the expectation.
 * The cues are written as `Label: words` lines; text without this shape comes back undefined.
 */
import { readCueSides } from './cue-voices.js';
import { roleFromLabel } from './speaker-labels.js';
import { unfoldHeadedTable } from './transcript-layouts.js';
import { isSubtitleText } from './subtitle-format.js';

/** One time stamp: `00:00:01.20`, `0:01:02,500`, `10:00:01:05` (frames), `01:02.5`. */
const STAMP = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,:;]\d{1,3})?`;
/** A cue's opening: an optional cue number, a time range in any common separator, then the words if on the same line. */
const RANGE = new RegExp(String.raw`^\s*(?:\d{1,5}\s+)?(${STAMP})\s*(?:-->|,|\s[-–]\s|\s+to\s+|\t|\s{1,4})\s*(${STAMP})(?:\s*(?:[,\t]|\s{2,}|\s)\s*(.*?))?\s*$`);
const BREAK = /\[br\]|<br\s*\/?>|\\[Nn]|\|/i;
/** `- Which ankle?` / `– Yes.`: a dialogue dash opens a voice. */
const DASH = /^\s*[-–—]\s*(?=\S)/;
/** `COACH:`, `Dr Lee:`, `[NURSE]`, `SPEAKER 2:`: a line's named speaker (a numbered one only before a colon and a space, not a clock time). */
const NAMED = /^\s*(?:\[([\p{L}][\p{L} .'’-]{0,30}(?:\s\d{1,2})?)\]|([\p{Lu}][\p{L} .'’-]{0,30}?(?:\s\d{1,2}(?=\s*:\s))?)\s*:)\s*(?=\S)/u;
const MIN_CUES = 3;
/** Captions that name this share of their lines name every change of voice: an unnamed cue goes on with the last. */
const NAMED_SHARE = 1 / 3;

interface Unit { label?: string; text: string; dashed: boolean }

/** The cues of a caption file as labelled lines, or undefined when the text is no caption file of these families. */
export function readCaptionBlocks(transcript: string): string | undefined {
  const lines = transcript.replace(/\r\n?/g, '\n').split('\n');
  const opens = lines.flatMap((l, i) => (RANGE.test(l) && isRange(l) ? [i] : []));
  if (opens.length < MIN_CUES || !isUnknownFamily(lines, opens)) return undefined;
  // A transcription tool's table (`start,end,speaker,text` rows) is the table reader's: its rows open on a range too.
  const inline = opens.map((at) => RANGE.exec(lines[at]!)![3] ?? '');
  if (unfoldHeadedTable(lines) !== undefined || inline.filter((t) => /^(?:\d{1,3}\s*,|[^,"]{1,40},\s*")/.test(t)).length > opens.length / 2) return undefined;
  const units: Unit[] = [];
  opens.forEach((at, k) => {
    const end = opens[k + 1] ?? lines.length;
    const inline = RANGE.exec(lines[at]!)![3] ?? '';
    const below = lines.slice(at + 1, end).filter((l) => l.trim() !== '' && !/^\s*\d{1,5}\s*$/.test(l));
    units.push(...readCue([inline, ...below].filter((l) => l.trim() !== '').join('\n').split(new RegExp(BREAK.source, 'gi')).join('\n')));
  });
  nameUnnamedVoices(units);
  const said = units.filter((u) => /\p{L}/u.test(u.text));
  return said.length === 0 ? undefined : said.map((u) => `${u.label}: ${u.text}`).join('\n');
}

/**
 * Each unnamed line's voice: the side it is on (cue-voices.ts), with the named lines pinned to their side. An unnamed
 * line on the clinician's side is the clinician named first (the one the captions follow), else a numbered speaker
 * whose role is read from what they say; one on the other side is the patient named first, else another one.
 * Lines named for anyone else (a coach, a parent, a second clinician) are left out of the chain of turns.
 */
function nameUnnamedVoices(units: Unit[]): void {
  if (units.filter((u) => u.label !== undefined).length >= units.length * NAMED_SHARE) return continueNamedVoices(units);
  const roles = units.map((u) => (u.label === undefined ? undefined : roleFromLabel(u.label) ?? 'other'));
  const firstNamed = (role: string) => units.find((u, k) => roles[k] === role)?.label;
  const followed = [firstNamed('clinician'), firstNamed('patient')];
  const chain = units.flatMap((u, k) => (u.label === undefined || followed.includes(u.label) ? [k] : []));
  const sides = readCueSides(chain.map((k) => ({ ...units[k]!, fixed: roles[k] as 'clinician' | 'patient' | undefined })));
  chain.forEach((k, n) => {
    const unit = units[k]!;
    unit.label ??= firstNamed(sides[n] ? 'clinician' : 'patient') ?? (sides[n] ? 'Speaker 1' : 'Speaker 2');
  });
}

/** Each unnamed line the last named speaker's; a dashed one the speaker before them, who is being answered. */
function continueNamedVoices(units: Unit[]): void {
  const recent: string[] = [];
  for (const unit of units) {
    if (unit.label === undefined) unit.label = (unit.dashed ? recent.at(-2) : undefined) ?? recent.at(-1) ?? 'Speaker 1';
    const at = recent.indexOf(unit.label);
    if (at >= 0) recent.splice(at, 1);
    recent.push(unit.label);
  }
}

/** Both stamps of a range are times, the second not before the first (so "10:30, 11:15 tomorrow" in prose is rare). */
function isRange(line: string): boolean {
  const m = RANGE.exec(line)!;
  const [a, b] = [toSeconds(m[1]!), toSeconds(m[2]!)];
  return b >= a && /[.,:;]\d{1,3}$|:\d{2}:\d{2}/.test(m[1]!);
}

function toSeconds(stamp: string): number {
  const parts = stamp.split(/[:.,;]/).map(Number);
  return parts.slice(0, 3).reduce((s, p) => s * 60 + p, 0);
}

/**
 * A family the SRT / WebVTT reader does not already read well: its timing notation unknown there, a header block in
 * square brackets before the first cue, break tokens inside cues, or the words on the timing line itself.
 */
function isUnknownFamily(lines: readonly string[], opens: readonly number[]): boolean {
  if (!isSubtitleText(lines)) return true;
  const head = lines.slice(0, opens[0]).filter((l) => l.trim() !== '');
  if (head.some((l) => /^\s*\[[A-Z][A-Za-z ]{1,30}\]/.test(l))) return true;
  const cues = opens.map((at, k) => lines.slice(at, opens[k + 1] ?? lines.length).join('\n'));
  return cues.filter((c) => BREAK.test(c)).length >= 2;
}

/** A cue's caption lines as units: a named line keeps its name, a dashed line or the cue's first line is a voice of its own. */
function readCue(text: string): Unit[] {
  const units: Unit[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const named = NAMED.exec(line);
    const label = named?.[1] ?? named?.[2];
    if (label !== undefined && !/^\d/.test(label)) {
      units.push({ label, text: line.slice(named![0].length).replace(DASH, '').trim(), dashed: true });
    } else if (DASH.test(line) || units.length === 0) {
      units.push({ text: line.replace(DASH, '').trim(), dashed: DASH.test(line) || units.length > 0 });
    } else {
      const last = units.at(-1)!;
      last.text = `${last.text} ${line}`;
    }
  }
  return units;
}
