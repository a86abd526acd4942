/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'vs', 'e.g', 'i.e', 'approx', 'no', 'st', 'etc', 'b.i.d', 't.i.d', 'q.i.d', 'q.d', 'p.o', 'p.r.n',
  'a.m', 'p.m', 'pt', 'hx', 'fig', 'sr', 'jr', 'wk', 'wks', 'yr', 'yrs', 'min', 'approx', 'inc', 'rt', 'lt',
]);

const BULLET_RE = /^\s*(?:[-*•·▪◦‣]|\d{1,2}[.)]|[a-z][)]|#+)\s+/;

function endsWithAbbreviation(piece: string): boolean {
  const match = /(\S+)\.$/.exec(piece.trim());
  if (!match) return false;
  const word = (match[1] ?? '').toLowerCase().replace(/^[("[]+/, '');
  return ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word);
}

/** Splits one line into sentences at . ! ? followed by space, keeping abbreviations and decimals intact. */
function splitLine(line: string): string[] {
  const pieces = line.split(/(?<=[.!?])\s+/);
  const sentences: string[] = [];
  for (const piece of pieces) {
    const last = sentences[sentences.length - 1];
    if (last !== undefined && endsWithAbbreviation(last)) sentences[sentences.length - 1] = `${last} ${piece}`;
    else sentences.push(piece);
  }
  return sentences;
}

/**
 * Headings whose bullet items take their sense from them: under "**Pertinent Negatives**" a bare "- Fever" is denied,
 * under "Return precautions:" it is advice. Other headings ("HPI:", "Plan") leave their items as written.
 */
const GOVERNING_HEADING_RE = /^(?:pertinent negatives?|negatives?|negative for|denies|denied|return precautions|red flags?|safety[- ]?net\w*(?: advice)?|warning signs|seek (?:care|help|medical attention) if|return if|call if)$/i;

/** The heading a line is, when it is one that governs its items: bold, hashed, upper case or closed by a colon. */
function readGoverningHeading(line: string): string | undefined {
  const bare = line.replace(/^#+\s*/, '').replace(/\*\*/g, '').replace(/:\s*$/, '').trim();
  return GOVERNING_HEADING_RE.test(bare) ? bare : undefined;
}

/**
 * Statements of a section: its sentences, with bullet and numbered lines taken as statements of their own. A bullet
 * under a governing heading carries the heading ("Pertinent Negatives: Fever"), so its sense is read with it.
 */
export function splitStatements(text: string): string[] {
  const statements: string[] = [];
  let governing: string | undefined;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(BULLET_RE, '').trim();
    if (!line) continue;
    const bullet = BULLET_RE.test(rawLine);
    const heading = bullet ? undefined : readGoverningHeading(line);
    if (!bullet) governing = heading;
    for (const sentence of splitLine(line)) {
      const trimmed = sentence.trim();
      if (!/[a-z0-9]/i.test(trimmed) || heading) continue;
      statements.push(bullet && governing ? `${governing}: ${trimmed}` : trimmed);
    }
  }
  return statements;
}

/** Shortens a sentence to about `max` characters, keeping the offending phrase in view. */
export function trimClaim(sentence: string, phrase?: string, max = 120): string {
  const text = sentence.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const at = phrase ? text.toLowerCase().indexOf(phrase.toLowerCase()) : -1;
  const start = at < 0 ? 0 : Math.max(0, Math.min(at - Math.floor((max - phrase!.length) / 2), text.length - max));
  const slice = text.slice(start, start + max - 2).trim();
  return `${start > 0 ? '…' : ''}${slice}${start + max - 2 < text.length ? '…' : ''}`;
}
