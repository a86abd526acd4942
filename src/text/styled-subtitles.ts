/**
 * Styled subtitle files (Advanced SubStation Alpha `.ass` and its older SubStation Alpha `.ssa`, as Aegisub and other
 * subtitle editors save them): sections in brackets (`[Script Info]`, `[V4+ Styles]`, `[Events]`), `key: value` lines,
 * and one `Dialogue:` line per caption whose comma-separated fields a `Format:` line names. The speaker sits in the
 * `Name` (older: `Actor`) field and the words in the last field, `Text`, which may hold commas of its own, `{\i1}`
 * override tags and `\N` line breaks. Each caption is written as `Name: words`; every other line of the file (the
 * script's metadata, styles, format lines, comments, commented-out captions) is blanked, so line numbers still point
 * into the file as given. Texts that are not such a file come back unchanged.
 */

const SECTION = /^\s*\[(?:script info|v4\+? styles|v4 styles\+?|events|fonts|graphics|aegisub[^\]]*)\]\s*$/i;
const CAPTION = /^\s*dialogue\s*:\s*(.*)$/i;
const FORMAT = /^\s*format\s*:\s*(.*)$/i;
/** The fields of an event line when the file has no `Format:` line of its own (the ASS default order). */
const DEFAULT_FIELDS = ['layer', 'start', 'end', 'style', 'name', 'marginl', 'marginr', 'marginv', 'effect', 'text'];
/** A style that names no one: the editor's default and common presentational ones. */
const PLAIN_STYLE = /^(?:default|\*?default|main|top|bottom|italics?|sign|signs|note|notes|caption|captions|sub|subs|dialogue)$/i;

/** True when the text is such a file: a section header of its own or two `Dialogue:` lines with timings. */
function isStyledSubtitleFile(lines: readonly string[]): boolean {
  const captions = lines.filter((l) => CAPTION.test(l) && /\d:\d{2}:\d{2}[.,]\d{2}/.test(l));
  return captions.length >= 2 && (lines.some((l) => SECTION.test(l)) || captions.length >= 3);
}

/** The event fields in file order, lower case, from the `Format:` line under `[Events]` (or the default order). */
function readEventFields(lines: readonly string[]): string[] {
  let inEvents = false;
  for (const line of lines) {
    if (/^\s*\[/.test(line)) inEvents = /^\s*\[events\]/i.test(line);
    const m = FORMAT.exec(line);
    if (m && (inEvents || /\btext\s*$/i.test(m[1]!)) && /\bstart\b/i.test(m[1]!)) return m[1]!.split(',').map((f) => f.trim().toLowerCase());
  }
  return DEFAULT_FIELDS;
}

/** A caption's words: override tags dropped, hard and soft line breaks and hard spaces read as spaces. */
function readCaptionText(text: string): string {
  return text.replace(/\{[^}]*\}/g, '').replace(/\\[Nnh]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** One caption as `Name: words` (the style standing for the name when it names someone), or its words alone. */
function writeCaption(body: string, fields: readonly string[]): string {
  const textAt = fields.indexOf('text');
  const at = textAt < 0 ? fields.length - 1 : textAt;
  const cells = body.split(',');
  // The text is the last field: the commas inside it belong to the words.
  const head = cells.slice(0, at).map((c) => c.trim());
  const words = readCaptionText(cells.slice(at).join(','));
  if (words === '') return '';
  const field = (name: string) => head[fields.indexOf(name)] ?? '';
  const name = (field('name') || field('actor')).replace(/:/g, ' ').trim();
  const style = field('style');
  const speaker = name !== '' ? name : style !== '' && !PLAIN_STYLE.test(style) && /\p{L}/u.test(style) ? style : '';
  return speaker !== '' ? `${speaker}: ${words}` : words;
}

/** The lines with each caption written as a labelled line and the rest of the file blanked; other texts unchanged. */
export function unfoldStyledSubtitles(lines: readonly string[]): string[] {
  if (!isStyledSubtitleFile(lines)) return [...lines];
  const fields = readEventFields(lines);
  return lines.map((line) => {
    const m = CAPTION.exec(line);
    return m ? writeCaption(m[1]!, fields) : '';
  });
}
