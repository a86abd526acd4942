/**
 * Layouts of transcription, meeting and scribe products that put the speaker where the label reader does not look,
 * rewritten line for line into shapes it reads (`Name  0:04` label lines, `Label: words`, tab-separated rows), so
 * line numbers still point into the file as given:
 * - a name beside a time in the shapes timed-name-lines.ts reads (Fathom, Happy Scribe, Teams' Word file, Zoom's
 *   captions);
 * - a script's cues in capitals over the words (`PARAMEDIC 1` / `Hello?`, see screenplay-cues.ts);
 * - a diarised id or a role word alone on its line with the words on the next, no blank line between (Google
 *   Recorder's and some ambient scribes' text export: `Speaker 1` / `Right, tell me about the shoulder.`);
 * - a question-and-answer record (`Q.` / `A.`, as court reporters and interpreters write it);
 * - a Markdown table (`| Time | Speaker | Text |`), read as the tab-separated table it is, and Markdown marks around
 *   speakers (`### Dr Lee (00:09)` headings over the words, `**Dr Lee** (00:09): words`), as notes apps keep them;
 * - a table with a text column and times but no speaker (Whisper's TSV `start end text`): its words only;
 * - a person's name alone on its line over their words (Google Meet's file, a copied meeting pane; name-lines.ts).
 * Other texts come back unchanged.
 */
import { isDiarisedId, roleFromLabel, splitLabel } from './speaker-labels.js';
import { SPEAKER_COLUMN, TEXT_COLUMN, splitRow, unfoldHeadedTable, unfoldTranscriptLayouts } from './transcript-layouts.js';
import { blankDocumentChrome } from './document-chrome.js';
import { blankExportChrome } from './export-chrome.js';
import { removeNonSpeechMarkers } from './nonspeech-markers.js';
import { unfoldTimedNameLines } from './timed-name-lines.js';
import { unfoldLineNumbers } from './line-numbered-transcripts.js';
import { unfoldNameLines } from './name-lines.js';
import { unfoldScreenplayCues } from './screenplay-cues.js';
import { readCastLine } from './cast-lines.js';
import { unfoldTieredTranscript } from './tiered-transcripts.js';
import { rejoinLineEndHyphens } from './line-end-hyphens.js';
import { readSpeakerKey } from './speaker-keys.js';
import { unfoldTranslatedLines } from './translated-lines.js';

/** A diarised id ("Speaker 1", "SPEAKER_00") or a bare role word ("Doctor", "Patient") standing alone as a label. */
function isBareSpeaker(line: string): boolean {
  const t = line.trim();
  if (isDiarisedId(t)) return true;
  return /^[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*)?$/.test(t) && roleFromLabel(t) !== undefined;
}

function unfoldBareSpeakerLines(lines: readonly string[]): string[] | undefined {
  const next = (i: number) => lines[i + 1] ?? '';
  const at = lines.flatMap((l, i) => (isBareSpeaker(l) && next(i).trim() !== '' && !isBareSpeaker(next(i)) && !/:\s*$/.test(next(i)) ? [i] : []));
  const distinct = new Set(at.map((i) => lines[i]!.trim().toLowerCase()));
  // The screenplay layout with blank lines is transcript-layouts.ts's; this one needs no blank line, so it asks more:
  // at least three such labels, two speakers, and every label line followed by words.
  if (at.length < 3 || distinct.size < 2 || at.length < lines.filter((l) => isBareSpeaker(l)).length) return undefined;
  const marks = new Set(at);
  return lines.map((l, i) => (marks.has(i) ? `${l.trim()}:` : l));
}

/** `Q.  Where does it hurt?` / `A.  Here.`, optionally after a transcript's line number. */
const QA_LINE = /^\s*(?:\d{1,3}\s+)?([QA])(?:\.\s+|\s{2,}|\t+)(?=\S)/;

function unfoldQuestionAnswerLines(lines: readonly string[]): string[] | undefined {
  const filled = lines.filter((l) => l.trim() !== '');
  const letters = filled.map((l) => QA_LINE.exec(l)?.[1]);
  const qs = letters.filter((x) => x === 'Q').length;
  const as = letters.filter((x) => x === 'A').length;
  if (qs < 2 || as < 2 || qs + as < filled.length * 0.5) return undefined;
  // A deposition numbers every line of the page, the wrapped ones too, and puts the page number alone on a line.
  const numbered = filled.filter((l) => /^\s*\d{1,3}\s+[QA](?:\.\s|\s{2,}|\t)/.test(l)).length >= (qs + as) * 0.8;
  return lines.map((l) => {
    const line = l.replace(QA_LINE, '$1: ');
    if (!numbered) return line;
    return /^\s*\d{1,4}\s*$/.test(line) ? '' : line.replace(/^\s*\d{1,3}(?:\s{2,}|\t)(?=\S)/, '');
  });
}

const MARKDOWN_ROW = /^\s*\|.*\|\s*$/;
const MARKDOWN_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** A Markdown table as tab-separated rows (its rule row blanked), which the table reader then takes apart. */
function unfoldMarkdownTable(lines: readonly string[]): string[] | undefined {
  const rows = lines.filter((l) => MARKDOWN_ROW.test(l)).length;
  if (rows < 3 || !lines.some((l) => MARKDOWN_RULE.test(l) && l.includes('|'))) return undefined;
  return lines.map((l) => {
    if (MARKDOWN_RULE.test(l) && l.includes('|')) return '';
    if (!MARKDOWN_ROW.test(l)) return l;
    return l.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim()).join('\t');
  });
}

const HEADING = /^\s*#{1,6}\s+(?=\S)/;
const BOLD_NAME = /^(\s*)(\*\*|__)([^*_\n]{1,40}?)\2(\s*[[(]\s*\d{1,2}:\d{2}(?::\d{2})?\s*[\])])?\s*:\s*/;

/** Speakers' headings and bold names without their Markdown, where at least three lines are so marked. */
function unfoldMarkdownSpeakers(lines: readonly string[]): string[] | undefined {
  const heads = lines.map((l) => HEADING.test(l) && splitLabel(l.replace(HEADING, ''), 0).standalone === true);
  const bold = lines.map((l) => BOLD_NAME.test(l));
  if (heads.filter(Boolean).length >= 3) return lines.map((l, i) => (heads[i] ? l.replace(HEADING, '') : l));
  if (bold.filter(Boolean).length >= 3) return lines.map((l, i) => (bold[i] ? l.replace(BOLD_NAME, '$1$3$4: ') : l));
  return undefined;
}

const TIME_COLUMN = /^(?:start|end|begin|stop|from|to|time|timestamp|start[ _]?time|end[ _]?time|offset|duration|start_ms|end_ms)$/i;

/** Whisper's TSV (`start end text` in milliseconds) and such: no one is named, so only the words are kept. */
function unfoldTextOnlyTable(lines: readonly string[]): string[] | undefined {
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return undefined;
  for (const delimiter of ['\t', ',', ';']) {
    const header = splitRow(lines[first]!, delimiter);
    const what = header.findIndex((h) => TEXT_COLUMN.test(h));
    if (what < 0 || header.some((h) => SPEAKER_COLUMN.test(h)) || !header.some((h) => TIME_COLUMN.test(h))) continue;
    return lines.map((line, i) => {
      if (i === first) return '';
      const cells = splitRow(line, delimiter);
      return cells.length === header.length ? cells[what]! : line;
    });
  }
  return undefined;
}

/** The lines with any of these layouts rewritten; other texts come back unchanged. */
export function unfoldTranscriptionExports(given: readonly string[]): string[] {
  // A CHAT-style tiered transcript (`*CHI:` main tiers, `%com:` dependent tiers) is read whole by its own reader.
  const tiered = unfoldTieredTranscript(given);
  if (tiered) return tiered;
  // A line-numbered page is first read as the turns its numbered lines hold.
  const lines = unfoldLineNumbers(given) ?? given;
  // A table naming its speaker and text columns ("Speaker Name<TAB>Start Time<TAB>…<TAB>Transcript") is read by its
  // header, before a row's "Amir Haddad<TAB>00:00:01" is taken for a name over its time.
  const table = unfoldHeadedTable(lines);
  if (table) return table;
  // A Markdown table's rows are the table reader's; its cells are not re-read as lines of another layout.
  const markdown = unfoldMarkdownTable(lines);
  if (markdown) return unfoldTextOnlyTable(markdown) ?? markdown;
  return unfoldTextOnlyTable(lines) ?? unfoldMarkdownSpeakers(lines) ?? unfoldTimedNameLines(lines) ?? unfoldQuestionAnswerLines(lines) ?? unfoldScreenplayCues(lines)
    ?? unfoldNameLines(lines) ?? unfoldBareSpeakerLines(lines) ?? [...lines];
}

/** The capitals of a name's words, either way round for "Last, First": "Priya Shah" → PS, "Hughes, Laura" → HL or LH. */
function initialsOf(name: string): string[] {
  const caps = name.replace(/\([^)]*\)/g, ' ').split(/[\s,]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!);
  return caps.length === 0 ? [] : [caps.join(''), [...caps].reverse().join('')];
}

/**
 * Teams' transcript pane copied with its avatars: each entry's initials ("PS") alone on the line above the speaker's
 * name, which the label reader would take for a speaker of its own. Blanked where at least two entries show them.
 */
function blankAvatarInitials(lines: readonly string[]): string[] {
  const at = lines.flatMap((l, i) => {
    const t = l.trim();
    if (!/^\p{Lu}{1,3}$/u.test(t)) return [];
    const next = (lines[i + 1] ?? '').trim();
    const read = splitLabel(next, 0);
    const name = read.standalone && read.label ? read.label : /^\p{Lu}[\p{L}'’-]*(?:,?\s+\p{Lu}[\p{L}'’-]*){1,3}$/u.test(next) ? next : undefined;
    return name !== undefined && initialsOf(name).includes(t) ? [i] : [];
  });
  if (at.length < 2) return [...lines];
  const marks = new Set(at);
  return lines.map((l, i) => (marks.has(i) ? '' : l));
}

const RECAP_HEADING = /^\s*(?:recap|ai notes|ai-generated notes|meeting notes|notes|follow-up tasks|speakers|mentions|chapters|topics)\s*$/i;

/**
 * Teams' intelligent recap copied whole: its headings ("Recap", "Speakers" with each one's share of the talk, "AI
 * notes", "Follow-up tasks") and the AI's summary above the "Transcript" heading, which nobody said. Blanked, where
 * two such headings come before a "Transcript" heading.
 */
function blankRecapPage(lines: readonly string[]): string[] {
  const transcript = lines.findIndex((l) => /^\s*transcript\s*$/i.test(l));
  if (transcript < 0 || lines.slice(0, transcript).filter((l) => RECAP_HEADING.test(l)).length < 2) return [...lines];
  return lines.map((l, i) => (i <= transcript ? '' : l));
}

/**
 * All the export reading in order: markers out of the words first (so "[crosstalk]" is never a speaker's tag), page
 * furniture out, the products' layouts and then the shared ones unfolded, and last the product's own lines and the
 * title block, which are known only once the speakers' labels can be read, and a key or cast line saying who is who.
 * A translation written under a foreign line is read in its place first, before brackets are taken for markers.
 */
export function readExportLayouts(lines: readonly string[]): string[] {
  const read = unfoldTranscriptionExports(rejoinLineEndHyphens(blankDocumentChrome(blankAvatarInitials(blankRecapPage(removeNonSpeechMarkers(unfoldTranslatedLines(lines)))))));
  return readCastLine(blankExportChrome(readSpeakerKey(unfoldTranscriptLayouts(read))));
}
