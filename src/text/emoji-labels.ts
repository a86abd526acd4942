/**
 * Some auto-transcribers and family-made transcripts mark each speaker with an emoji instead of a name ("🩺: Any
 * vomiting?" / "👩: No."), with a legend above the dialogue that says who each one is ("Legend: 🩺 = vet · 👩 = owner").
 * The label reader takes only letters, so such a transcript would read as unlabelled dictation. Where a legend names at
 * least two of the emoji that open the lines, each emoji label is written as the legend's words ("Vet: Any vomiting?")
 * and the legend itself, no part of the talk, is blanked. Same lines, same count; other texts unchanged.
 */

/**
 * An emoji with its variation selector, skin tone and joined parts, or a run of them ("👩‍⚕️" is one, also once the
 * reader has taken the zero-width joiner out of it).
 */
const EMOJI = String.raw`(?:\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\u{FE0F}|\u{200D})*)+`;
/** One entry of a legend: the emoji, "=" (or ":", a dash) and the words up to the next separator or emoji. */
const LEGEND_ENTRY = new RegExp(String.raw`(${EMOJI})\s*(?:=|:|[-–—]\s)\s*([^·•|,;=\p{Extended_Pictographic}]{1,40}?)\s*(?=[·•|,;]|\p{Extended_Pictographic}|$)`, 'gu');
const OPENING_EMOJI = new RegExp(String.raw`^\s*(${EMOJI})\s*:?\s*`, 'u');
/** A quick test before the Unicode patterns are built: surrogate pairs or the older pictographs. */
const MAY_HOLD_EMOJI = /[\ud83c-\ud83e][\udc00-\udfff]|[\u2600-\u27bf]/;
const MIN_LABELLED = 3;

/** The legend's words for one speaker as a label: "owner's son", "patient noises/actions" → "Patient noises". */
function labelOf(words: string): string | undefined {
  const kept = words.split(/[/(]/)[0]!.replace(/[^\p{L}\p{N} .'’-]/gu, ' ').replace(/\s+/g, ' ').trim();
  if (kept === '' || kept.split(' ').length > 4) return undefined;
  return kept.charAt(0).toUpperCase() + kept.slice(1);
}

/** Each legend line's index with the emoji it names and their labels. */
function readLegends(lines: readonly string[]): { at: number[]; labels: Map<string, string> } {
  const at: number[] = [];
  const labels = new Map<string, string>();
  lines.forEach((line, i) => {
    if (!MAY_HOLD_EMOJI.test(line)) return;
    const entries = [...line.matchAll(LEGEND_ENTRY)].flatMap((m) => {
      const label = labelOf(m[2]!);
      return label ? [[m[1]!, label] as const] : [];
    });
    // Two entries or more on one line make a legend; a turn opens on one emoji and goes on in words.
    if (entries.length < 2) return;
    at.push(i);
    for (const [emoji, label] of entries) if (!labels.has(emoji)) labels.set(emoji, label);
  });
  return { at, labels };
}

export function unfoldEmojiLabels(lines: readonly string[]): string[] {
  if (!lines.some((l) => MAY_HOLD_EMOJI.test(l))) return [...lines];
  const { at, labels } = readLegends(lines);
  if (labels.size < 2) return [...lines];
  const legend = new Set(at);
  const opening = (line: string) => {
    const m = OPENING_EMOJI.exec(line);
    return m && labels.has(m[1]!) ? m : undefined;
  };
  const labelled = lines.filter((l, i) => !legend.has(i) && opening(l));
  if (labelled.length < MIN_LABELLED || new Set(labelled.map((l) => opening(l)![1])).size < 2) return [...lines];
  return lines.map((line, i) => {
    if (legend.has(i)) return '';
    const m = opening(line);
    return m ? `${labels.get(m[1]!)!}: ${line.slice(m[0].length)}` : line;
  });
}
