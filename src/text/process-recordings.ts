/**
 * A process recording, as social work, counselling and nursing students write one for supervision: a header, then the
 * exchanges (often numbered, `3. Worker: "…"`, the reply on an indented line) with each person's words in quotation
 * marks, and between them the writer's own notes in brackets or braces (`[what I felt or saw]`, `{my analysis}`); at
 * the end the writer's own assessment and plan, as headed lists. Only the quoted words are the speaker's: everything
 * else — the notes, a stage direction after the quote, an unlabelled numbered step, the closing lists — is the
 * writer's, who is the clinician. The header above the first exchange is no one's words and is left out.
 * Text without quoted exchanges and the writer's notes is not such a recording (undefined).
 */
import { roleFromLabel, splitLabel } from './speaker-labels.js';

export interface RecordedUtterance { label: string; text: string; line: number }

const NUMBER = /^\s*\d{1,3}[.)]\s+/;
const OPEN_QUOTE = /^["“”„]/;
const QUOTED = /["“”„]([^"“”„]*)(?:["“”„]|$)/g;
/** A line wholly inside brackets, braces or parentheses (one note or several): the writer's notes, not speech. */
const NOTE = /^\s*(?:[[{(][^\]})]*(?:[\]})]\s*|$))+$/;
const NOTE_GROUP = /[[{(]([^\]})]*)/g;
const LIST_ITEM = /^\s*(?:[-*•–]|\d{1,2}[.)])\s+/;
/** A heading of the writer's own section: a short line ending in a colon, nothing after it. */
const HEADING = /^\s*([^"“:]{2,80}):\s*$/;
const ASSESSMENT_WORDS = /\b(?:assessments?|impressions?|formulation|analysis|diagnos[ie]s|summary|problems?|concerns?|risks?)\b/i;
const PLAN_WORDS = /\b(?:plans?|next steps?|recommendations?|goals?|actions?|follow[- ]?up|agreed|referrals?|interventions?)\b/i;

interface Exchange { label: string; text: string }

/** A labelled line whose words open on a quotation mark, optionally numbered. */
function readExchange(raw: string): Exchange | undefined {
  const read = splitLabel(raw.replace(NUMBER, ''), 0);
  if (read.label === undefined || !OPEN_QUOTE.test(read.text)) return undefined;
  return { label: read.label, text: read.text };
}

/** The quoted words of a line, and what stands outside the quotes (the writer's words), brackets and dashes trimmed. */
function splitQuoted(text: string): { said: string; beside: string[] } {
  const said = [...text.matchAll(QUOTED)].map((m) => m[1]!.trim()).filter((s) => s !== '');
  const beside = text.split(QUOTED).filter((_, i) => i % 2 === 0).map(plainNote).filter((s) => /\p{L}{2}/u.test(s));
  return { said: said.join(' '), beside };
}

function countQuotes(text: string): number {
  return text.match(/["“”„]/g)?.length ?? 0;
}

function plainNote(text: string): string {
  return text.replace(/[[\]{}()]/g, ' ').replace(/^[\s—–,;:.-]+/, '').replace(/\s+/g, ' ').trim();
}

/** The section a heading of the writer's names, written as the heading a dictation reader knows. */
function nameSection(heading: string): string | undefined {
  if (PLAN_WORDS.test(heading)) return 'Plan';
  return ASSESSMENT_WORDS.test(heading) ? 'Assessment' : undefined;
}

export function readProcessRecording(transcript: string): RecordedUtterance[] | undefined {
  const lines = transcript.replace(/\r\n?/g, '\n').split('\n');
  const exchanges = lines.map(readExchange);
  const quoted = exchanges.filter((e) => e !== undefined);
  const labelled = lines.filter((l) => splitLabel(l.replace(NUMBER, ''), 0).label !== undefined).length;
  const numbered = lines.filter((l, i) => exchanges[i] !== undefined && NUMBER.test(l)).length;
  const notes = lines.filter((l) => NOTE.test(l) && /\p{L}{2,}(?:\s+\p{L}+){2}/u.test(l)).length;
  if (quoted.length < 3 || quoted.length < labelled * 0.6 || new Set(quoted.map((e) => e.label.toLowerCase())).size < 2 || (numbered < 3 && notes < 2)) return undefined;
  // The writer is the clinician among the labels, or failing one, whoever opens the first exchange (the student, who
  // records their own opening line), whose role what they say then decides.
  const writer = quoted.find((e) => roleFromLabel(e.label) === 'clinician')?.label ?? quoted[0]!.label;
  const first = exchanges.findIndex((e) => e !== undefined);
  const out: RecordedUtterance[] = [];
  let section: string | undefined;
  let tail = false;
  // A quotation left open at a line's end goes on over the next lines (a long reply wrapped by hand).
  let open: string | undefined;
  lines.forEach((raw, i) => {
    if (i < first || raw.trim() === '') return;
    const line = i + 1;
    const exchange = exchanges[i];
    if (exchange && !tail) {
      const { said, beside } = splitQuoted(exchange.text);
      if (said !== '') out.push({ label: exchange.label, text: said, line });
      for (const note of beside) out.push({ label: writer, text: note, line });
      open = countQuotes(exchange.text) % 2 === 1 ? exchange.label : undefined;
      return;
    }
    if (open !== undefined && !tail && !NOTE.test(raw)) {
      const close = /["“”„]/.exec(raw);
      const said = (close ? raw.slice(0, close.index) : raw).trim();
      if (said !== '') out.push({ label: open, text: said, line });
      const after = close ? plainNote(raw.slice(close.index + 1)) : '';
      if (/\p{L}{2}/u.test(after)) out.push({ label: writer, text: after, line });
      if (close) open = undefined;
      return;
    }
    const heading = HEADING.exec(raw);
    if (heading) {
      // The writer's closing sections follow the last exchange; a heading among the exchanges is theirs too.
      tail = true;
      section = nameSection(heading[1]!);
      return;
    }
    const texts = NOTE.test(raw) ? [...raw.matchAll(NOTE_GROUP)].map((m) => plainNote(m[1]!)) : [raw.replace(tail ? LIST_ITEM : NUMBER, '').trim()];
    for (const text of texts.filter((t) => t !== '')) {
      out.push({ label: writer, text: section ? `${section}: ${text.replace(/[.;,]?\s*$/, '.')}` : text, line });
    }
  });
  return out;
}
