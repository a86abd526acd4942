/**
 * A note section's text as CommonMark blocks. Notes arrive as lines: the offline engine writes one sentence a line
 * under upper-case sub-headings (`HISTORY OF PRESENT ILLNESS`), services and models add `Label:` lines and bullets.
 * Written as they are, CommonMark joins consecutive lines into one paragraph and shows the sub-headings as bare
 * capitals; here each line becomes a block of its own.
 */

/** A sub-heading line: capitals (with spaces, commas, slashes, ampersands, hyphens, parentheses), at least two words
 * or one of four letters or more, nothing that ends a sentence; an optional colon. */
const UPPER_HEADING = /^(?=[^a-z]*[A-Z]{2})[A-Z][A-Z0-9 ,/&()'-]*[A-Z)]:?$/;
/** A label on a line of its own: `Chief complaint:`, `History of Present Illness:` — a few words and a colon. */
const LABEL_HEADING = /^[A-Z][A-Za-z/&,' -]{2,60}:$/;
/** A list item as notes write them: `-`, `*`, `•`, `·`, `–` bullets, or `1.` / `1)` numbers. */
const BULLET = /^(?:[-*•·–]\s+)(.*)$/;
const NUMBERED = /^(\d{1,3})[.)]\s+(.*)$/;

/** Short statements in capitals that are findings, not headings ("NKDA" on a line of its own). */
const NOT_HEADINGS = new Set(['NKDA', 'NKA', 'NAD', 'WNL', 'PRN', 'STAT', 'DNR', 'N/A']);

/** Words kept in capitals in a heading made from capitals: abbreviations, not words shouted. */
const ABBREVIATIONS = new Set(['HPI', 'ROS', 'PMH', 'PSH', 'HEENT', 'ENT', 'MSK', 'GI', 'GU', 'CNS', 'CV', 'ECG', 'EKG', 'BMI', 'ADL', 'ADLS', 'ICD', 'CPT', 'SOAP', 'PRN', 'MRI', 'CT', 'ED', 'ER', 'OTC']);

/** `HISTORY OF PRESENT ILLNESS` → `History of present illness` (sentence case; abbreviations kept). */
export function toSentenceCase(heading: string): string {
  const words = heading.trim().replace(/:$/, '').split(/(\s+)/);
  return words
    .map((word, i) => {
      if (ABBREVIATIONS.has(word.replace(/[^A-Z]/g, ''))) return word;
      const lower = word.toLowerCase();
      return i === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    })
    .join('');
}

/**
 * Escapes what would change the structure of a line of text: a leading `#`, `>`, `+`, `=`, `|` or a run of `-`
 * (heading, quote, list, setext underline, table, rule), and `<` anywhere (raw HTML). Inline emphasis is kept: models
 * write `**bold**` meaning it.
 */
export function escapeMarkdownLine(text: string): string {
  const inline = text.replace(/\\/g, '\\\\').replace(/</g, '\\<');
  return inline.replace(/^([#>+=|]|-{2,}|_{3,}|\*{3,})/, (m) => `\\${m}`);
}

type Block = { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string } | { kind: 'list'; ordered: boolean; items: string[] };

/** Reads a section's lines into headings, paragraphs and lists. */
function readBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const last = blocks.at(-1);
    if (bullet || numbered) {
      const ordered = Boolean(numbered);
      const item = escapeMarkdownLine((bullet?.[1] ?? numbered?.[2] ?? '').trim());
      if (last?.kind === 'list' && last.ordered === ordered) last.items.push(item);
      else blocks.push({ kind: 'list', ordered, items: [item] });
    } else if (UPPER_HEADING.test(line) && /[A-Z]{4}|[A-Z]+\s+[A-Z]+/.test(line) && !NOT_HEADINGS.has(line.replace(/:$/, ''))) {
      blocks.push({ kind: 'heading', text: toSentenceCase(line) });
    } else if (LABEL_HEADING.test(line) && line.split(/\s+/).length <= 6) {
      blocks.push({ kind: 'heading', text: line.replace(/:$/, '') });
    } else {
      blocks.push({ kind: 'paragraph', text: escapeMarkdownLine(line) });
    }
  }
  return blocks;
}

/** A section's text as CommonMark: `###` sub-headings, one paragraph per line, lists as lists (blank lines between). */
export function renderMarkdownBody(body: string): string {
  return readBlocks(body)
    .map((block) => {
      if (block.kind === 'heading') return `### ${escapeMarkdownLine(block.text)}`;
      if (block.kind === 'paragraph') return block.text;
      return block.items.map((item, i) => (block.ordered ? `${i + 1}. ${item}` : `- ${item}`)).join('\n');
    })
    .join('\n\n');
}
