/**
 * Layouts that put the speaker somewhere other than before a colon, rewritten line for line as `Label: words` so the
 * label reader sees the usual shape and line numbers still point into the file as given:
 * - a table exported from a transcription tool: CSV, TSV or `;`-separated, with a header naming the speaker and text
 *   columns (`speaker,start,end,text`), or two tab-separated cells a line without one (`Doctor<TAB>Hi…`);
 * - a screenplay layout: the label alone on its line (`DOCTOR`, `Dr. Rao`) after a blank line, the words below it;
 * - numbered lines (`12. Doctor: …`, `0012 Doctor: …`), numbered by the tool, not a problem list.
 */
import { letters } from './letter-pattern.js';
import { isDiarisedId, roleFromLabel, splitLabel } from './speaker-labels.js';
import { unfoldQuestionnaire } from './questionnaire-lines.js';
import { blankToolChrome } from './tool-chrome.js';

export const SPEAKER_COLUMN = /^(?:speaker(?:[ _]?(?:label|name|id))?|name|participant|role|who|talker|channel)$/i;
export const TEXT_COLUMN = /^(?:text|transcript|transcription|utterance|content|words|sentence|message|caption|dialogue|dialog|speech)$/i;

/** One row of a delimited table; a quoted cell may hold the delimiter and doubled quotes. */
export function splitRow(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"' && cell.trim() === '') quoted = true;
    else if (c === delimiter) { cells.push(cell.trim()); cell = ''; } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * A speaker cell as a label the label reader takes whole: "Owner – Jane" (a role and a name set apart by a dash, which
 * would read as "Owner" saying "Jane: …") is "Jane (Owner)"; a colon inside a cell would end the label early.
 */
function labelOfCell(cell: string): string {
  const parts = /^(.+?)\s+[–—-]\s+(.+)$/.exec(cell);
  if (parts) {
    const [a, b] = [parts[1]!.trim(), parts[2]!.trim()];
    if (roleFromLabel(a) !== undefined && roleFromLabel(b) === undefined) return `${b} (${a})`;
    if (roleFromLabel(b) !== undefined && roleFromLabel(a) === undefined) return `${a} (${b})`;
  }
  return cell.replace(/:/g, ' ').trim();
}

/** The first lines a table's header may sit on: a title or a Markdown heading can stand above it. */
const HEADER_SEARCH = 4;

/**
 * A table whose header names a speaker and a text column, as labelled lines (exported for the export reader, which
 * must read such a table before it takes a row's "Amir Haddad<TAB>00:00:01" for a name over its time).
 */
export function unfoldHeadedTable(lines: readonly string[]): string[] | undefined {
  const filled = lines.flatMap((l, i) => (l.trim() !== '' ? [i] : [])).slice(0, HEADER_SEARCH);
  for (const first of filled) {
    const table = unfoldTableFrom(lines, first);
    if (table) return table;
  }
  return undefined;
}

/**
 * The column that names who speaks. A call-centre export may carry both a `channel` (the line, numbered 0 and 1) and a
 * `speaker` (Agent, Customer): numbers name no one, so a column whose cells are words is preferred to one of numbers.
 */
function chooseSpeakerColumn(header: string[], rows: readonly string[], delimiter: string): number {
  const named = header.flatMap((h, i) => (SPEAKER_COLUMN.test(h) ? [i] : []));
  if (named.length < 2) return named[0] ?? -1;
  const cells = rows.filter((l) => l.trim() !== '').slice(0, 20).map((l) => splitRow(l, delimiter));
  return named.find((i) => cells.some((c) => /\p{L}/u.test(c[i] ?? ''))) ?? named[0]!;
}

function unfoldTable(lines: readonly string[]): string[] | undefined {
  const headed = unfoldHeadedTable(lines);
  if (headed) return headed;
  // "Doctor<TAB>Hi, what brings you in?": two cells, the first a speaker, on most lines.
  const rows = lines.filter((l) => l.trim() !== '');
  const tabbed = rows.filter((l) => /^[^\t]{1,40}\t+\S/.test(l) && splitLabel(`${l.split('\t')[0]}: x`, 0).label !== undefined);
  if (tabbed.length >= 2 && tabbed.length >= rows.length * 0.6) return lines.map((l) => l.replace(/^([^\t]{1,40})\t+/, '$1: '));
  return undefined;
}

/** The table whose header row is line `first` (a speaker and a text column named), the lines above it blanked. */
function unfoldTableFrom(lines: readonly string[], first: number): string[] | undefined {
  for (const delimiter of [',', '\t', ';']) {
    const header = splitRow(lines[first]!, delimiter);
    const who = chooseSpeakerColumn(header, lines.slice(first + 1), delimiter);
    const what = header.findIndex((h) => TEXT_COLUMN.test(h));
    if (who < 0 || what < 0) continue;
    return lines.map((line, i) => {
      if (i <= first || line.trim() === '') return i <= first ? '' : line;
      const cells = splitRow(line, delimiter);
      return cells.length > Math.max(who, what) && cells[who] !== '' ? `${labelOfCell(cells[who]!)}: ${cells[what]}` : line;
    });
  }
  return undefined;
}

const SHORT_NAME = letters(String.raw`^\p{L}[\p{L}0-9 .'’_-]{0,30}$`);

function isLabelOnly(line: string): boolean {
  const t = line.trim();
  // (A dictation's "HISTORY" or "EXAMINATION" heading on its own line is no speaker.)
  if (!SHORT_NAME.test(t) || t.split(/\s+/).length > 3 || splitLabel(`${t}: x`, 0).label === undefined) return false;
  return roleFromLabel(t) !== undefined || isDiarisedId(t) || (/^[A-Z][A-Z .'-]+$/.test(t) && t.length > 1) || /^(?:dr|mr|mrs|ms|nurse)\.?\s/i.test(t);
}

function unfoldLabelLines(lines: readonly string[]): string[] | undefined {
  const at = lines.flatMap((l, i) => ((i === 0 || lines[i - 1]!.trim() === '') && isLabelOnly(l) && (lines[i + 1] ?? '').trim() !== '' && !isLabelOnly(lines[i + 1]!) ? [i] : []));
  const distinct = new Set(at.map((i) => lines[i]!.trim().toLowerCase()));
  if (at.length < 3 || distinct.size < 2) return undefined;
  const marks = new Set(at);
  return lines.map((l, i) => (marks.has(i) ? `${l.trim()}:` : l));
}

const LINE_NUMBER = /^\s*\d{1,5}[.):]?\s+(?=\S)/;

function unfoldNumberedLines(lines: readonly string[]): string[] | undefined {
  const filled = lines.filter((l) => l.trim() !== '');
  const labelled = filled.filter((l) => LINE_NUMBER.test(l) && splitLabel(l.replace(LINE_NUMBER, ''), 0).label !== undefined);
  if (labelled.length < 3 || labelled.length < filled.length * 0.6) return undefined;
  return lines.map((l) => l.replace(LINE_NUMBER, ''));
}

/** The lines with any of these layouts rewritten as labelled lines; other texts come back unchanged. */
export function unfoldTranscriptLayouts(lines: readonly string[]): string[] {
  const unfolded = unfoldQuestionnaire(unfoldTable(lines) ?? unfoldLabelLines(lines) ?? unfoldNumberedLines(lines) ?? blankToolChrome(lines));
  // Google Meet's and others' bare timestamps between the lines ("00:01:00"), and the time of day a live-captioning
  // app writes every few minutes ("7:48 PM"), carry no words.
  return unfolded.map((l) => (BARE_TIME.test(l) ? '' : l));
}

const BARE_TIME = /^\s*[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?(?:\s*[AaPp]\.?[Mm]\.?)?[\])]?\s*$/;
