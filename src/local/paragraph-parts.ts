/**
 * A dictated letter with no headings is still laid out: one paragraph tells the history, the next what was found,
 * then the impression, then what was done and will be done. Each paragraph's part is read from its sentences, so a
 * sentence that no content rule places ("Toilet transfer managed with difficulty", "I issued a bath board") takes
 * the part of the paragraph it was dictated in instead of falling back to the history.
 */
import { caseless } from '../text/caseless-pattern.js';
import type { Slot } from './track-phases.js';

export type ParagraphPart = 'history' | 'exam' | 'assessment' | 'plan';

/** "On the visit she got up…", "I measured the seat height…", "I watched her climb…": what the dictator saw or measured. */
const OBSERVED = caseless(/^(?:(?:and|so|then|also|today),?\s+)?(?:on (?:the |today's |this |my )?(?:visit|examination|exam|assessment|observation|inspection|arrival|review)\b|(?:i|we) (?:measured|watched|observed|noted|noticed|saw|examined|assessed|tested|checked|timed|weighed|palpated|inspected|found|recorded)\b)/);

/** "I issued a rail", "We talked about the rugs", "I'll refer to…", "I have started…": what the dictator did or will do. */
const ACTED = caseless(/^(?:(?:and|so|then|also|finally),?\s+)?(?:(?:(?:i|we)(?: have|'ve)? |also )?(?:issued|provided|supplied|fitted|gave|referred|demonstrated|taught|arranged|ordered|prescribed|started|advised|recommended|discussed|talked (?:about|through)|went through|booked|practi[sc]ed)\b|(?:i|we)(?:'ll| will| shall|'m going to| am going to| are going to| plan to) (?:\w+ )?(?:refer|review|see|arrange|send|book|write|contact|ring|call|start|continue|order|request|follow|check|visit|reassess|recheck)\b)/);

/** "So overall she's making good progress", "In summary…", "My impression is…": the dictator's judgement. */
const JUDGED = caseless(/^(?:(?:so|and|but),?\s+)?(?:overall|all in all|in summary|in short|to summari[sz]e|my (?:impression|assessment|opinion)|impression|clinically)\b/);

const RANK: Record<ParagraphPart, number> = { history: 0, exam: 1, assessment: 2, plan: 3 };
/**
 * Fewer paragraphs of prose (two sentences or more) than this are a note run together, not a laid-out letter; and
 * lines mostly of one sentence each (a message thread, a list) are not a letter's paragraphs either.
 */
const MIN_PARAGRAPHS = 3;

function voteOf(sentence: string, placed: Slot | undefined): ParagraphPart | undefined {
  if (OBSERVED.test(sentence)) return 'exam';
  if (ACTED.test(sentence)) return 'plan';
  if (JUDGED.test(sentence)) return 'assessment';
  if (placed === 'results') return 'exam';
  return placed;
}

/**
 * The part of each paragraph (sentences given with the slot a content rule gave them in the history phase, or none).
 * A paragraph takes the part most of its sentences vote for when at least two do (or all of them, in a one-sentence
 * paragraph); one that does not decide carries on the part before it. Undefined when the dictation is not laid out
 * in paragraphs, or none of them leaves the history: the sentences are then read one by one as before.
 */
export function readParagraphParts(paragraphs: { text: string; placed: Slot | undefined }[][]): ParagraphPart[] | undefined {
  const filled = paragraphs.filter((p) => p.length > 0);
  const prose = filled.filter((p) => p.length >= 2).length;
  if (prose < MIN_PARAGRAPHS || prose * 2 < filled.length) return undefined;
  let part: ParagraphPart = 'history';
  const parts = paragraphs.map((sentences) => {
    const tally = new Map<ParagraphPart, number>();
    for (const s of sentences) {
      const vote = voteOf(s.text, s.placed);
      if (vote) tally.set(vote, (tally.get(vote) ?? 0) + 1);
    }
    const ranked = [...tally.entries()].sort((a, b) => b[1] - a[1] || RANK[a[0]] - RANK[b[0]]);
    const [best, second] = ranked;
    if (best && (!second || best[1] > second[1]) && (best[1] >= 2 || best[1] === sentences.length)) part = best[0];
    return part;
  });
  return parts.some((p) => p !== 'history') ? parts : undefined;
}
