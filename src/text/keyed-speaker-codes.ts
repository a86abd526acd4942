/**
 * Transcripts that mark each turn with a short code instead of a name ("A ▸ What brings you in?", "S2 > No.",
 * "[B] Since Monday."), often under a key that says who each code is ("Key: A = dentist  B = patient", or one entry a
 * line). The label reader takes only a name before a colon, so such a transcript would read as unlabelled dictation.
 * Each code is written as the key's words ("Dentist: What brings you in?"), or, with no key, as a label of its own
 * ("A: …", whose role is then read from what they say); the key itself, no part of the talk, is blanked.
 * Same lines, same count; other texts unchanged.
 */

/** A turn's code: one to three capitals or digits, opening with a capital ("A", "S1", "DR"). */
const CODE = String.raw`[A-Z][A-Z0-9]{0,2}`;
/** The code then a mark that is not a word and not a colon (which the label reader already reads), or the code in brackets. */
const OPENING = new RegExp(String.raw`^\s*(?:(${CODE})\s*(?:[▸►▶▷➤➢→⇒>»›|•·]+|[-–—]{1,2}(?=\s))|[[(](${CODE})[\])])\s+(?=\S)`);
/** One entry of a key: the code, "=" (or a dash, an arrow) and the words up to the next entry or separator. */
const KEY_ENTRY = new RegExp(String.raw`(?:^|[\s,;·•|/(])(${CODE})\s*(?:=|[-–—]\s|→|:(?=\s))\s*([^=,;·•|\n]{1,40}?)\s*(?=[,;·•|]|\s{2,}|\s+${CODE}\s*(?:=|[-–—]\s|→|:\s)|$)`, 'g');
const KEY_TITLE = /^\s*(?:key|legend|speakers?|participants|voices|who'?s who)\s*[:\-–—]?\s*/i;
const MIN_TURNS = 3;

/** A key's words for one speaker as a label: "dental nurse" → "Dental nurse", "Dr Lee (dentist)" kept whole. */
function labelOf(words: string): string | undefined {
  const kept = words.replace(/[^\p{L}\p{N} .'’()-]/gu, ' ').replace(/\s+/g, ' ').trim();
  if (kept === '' || !/\p{L}/u.test(kept) || kept.split(' ').length > 6) return undefined;
  return kept.charAt(0).toUpperCase() + kept.slice(1);
}

/** The code that opens a turn line, if any. */
function openingCode(line: string): RegExpExecArray | undefined {
  return OPENING.exec(line) ?? undefined;
}

/** The key's entries on one line (two or more make a key; a single "A = …" line is one entry of a key a line). */
function readKeyEntries(line: string): Array<readonly [string, string]> {
  const body = line.replace(KEY_TITLE, ' ');
  return [...body.matchAll(KEY_ENTRY)].flatMap((m) => {
    const label = labelOf(m[2]!);
    return label ? [[m[1]!, label] as const] : [];
  });
}

/** The entries of a key line: two or more on a line, or one alone that is the whole line ("X - vet"), else none. */
function readKeyLine(line: string): Array<readonly [string, string]> {
  const entries = readKeyEntries(line);
  if (entries.length >= 2) return entries;
  const [entry] = entries;
  // One entry alone is a key only when the whole line is that entry, a few words with no sentence's end.
  const whole = entry !== undefined && entry[1].split(' ').length <= 3 && !/[.?!]\s*$/.test(line)
    && new RegExp(String.raw`^\s*[[(]?${entry[0]}[\])]?\s*(?:=|[-–—]\s|→|:\s)`).test(line.replace(KEY_TITLE, ''));
  return whole ? entries : [];
}

/** The key at the top: its lines (up to the first turn that is no key line) and each code's label. */
function readKey(lines: readonly string[]): { at: number[]; labels: Map<string, string> } {
  const at: number[] = [];
  const labels = new Map<string, string>();
  for (let i = 0; i < lines.length; i++) {
    const entries = readKeyLine(lines[i]!);
    if (entries.length === 0) {
      if (openingCode(lines[i]!)) break;
      continue;
    }
    at.push(i);
    for (const [code, label] of entries) if (!labels.has(code)) labels.set(code, label);
  }
  return { at, labels };
}

export function unfoldKeyedSpeakerCodes(lines: readonly string[]): string[] {
  const { at, labels } = readKey(lines);
  const keyLines = new Set(at);
  const turns = lines.flatMap((l, i) => (!keyLines.has(i) && openingCode(l) ? [i] : []));
  if (turns.length < MIN_TURNS) return [...lines];
  const codes = new Set(turns.map((i) => { const m = openingCode(lines[i]!)!; return m[1] ?? m[2]!; }));
  const filled = lines.filter((l) => l.trim() !== '').length;
  const keyed = [...codes].filter((c) => labels.has(c)).length;
  // Without a key the codes must be the transcript's shape: two speakers or more opening most of its lines.
  if (codes.size < 2 || (keyed < 2 && turns.length < filled * 0.5)) return [...lines];
  const key = new Set(keyed >= 2 ? at : []);
  const useKey = keyed >= 2;
  return lines.map((line, i) => {
    if (key.has(i)) return '';
    const m = openingCode(line);
    if (!m) return line;
    const code = m[1] ?? m[2]!;
    // "I - I don't know": a lone "I" opens a sentence, not a turn, unless a key names it.
    if (code === 'I' && !(useKey && labels.has(code))) return line;
    const label = useKey ? labels.get(code) ?? code : code;
    return `${label}: ${line.slice(m[0].length)}`;
  });
}
