/**
 * A transcript saved or copied as HTML (a portal's "save page", a transcription tool's HTML export, an e-mail body):
 * its markup is read as text, so the speakers in `<b>Dr. Chen:</b>` are labels again and the clinical-content gate
 * does not take `<p>` lines for code. Each line keeps its place (tags removed, entities decoded) unless the document
 * is one or two lines of markup, which are broken at their block elements.
 *
 * Transcription tools' HTML exports mark the speaker by the markup, not by a colon: an element classed as the speaker
 * (`<span class="speaker">Noor</span>`, `class="name"`, `class="author"`), an element carrying `data-speaker="Noor"`, a
 * definition list (`<dt>Noor</dt><dd>words</dd>`). These are written `Noor: words`; an element classed as a time or
 * timestamp is dropped, since a time beside a name would be read as part of the words.
 */

/** Enough markup to be a document, not a transcript that mentions "<5 mg" or a `<v Name>` subtitle voice. */
const BLOCK_TAG = /<\/?(?:p|div|br|li|ul|ol|tr|td|th|table|h[1-6]|body|html|head|span|b|strong|em|i|section|article|blockquote|dl|dt|dd)\b[^>]*>/gi;
const MIN_TAGS = 4;
const LINE_BREAK_TAG = /<(?:br\s*\/?|\/p|\/div|\/li|\/tr|\/h[1-6]|\/blockquote|\/dd)\s*>/gi;
const INVISIBLE = /<(script|style|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…', middot: '·' };

/** True when the text is an HTML document or fragment rather than plain text. */
export function isHtmlText(text: string): boolean {
  return (text.match(BLOCK_TAG) ?? []).length >= MIN_TAGS && /<\/(?:p|div|li|td|b|strong|span|body|html|dd)>/i.test(text);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const CLASS = String.raw`\bclass\s*=\s*["'][^"']*?`;
/** An element classed as the speaker, with its name inside (no nested tags). */
const SPEAKER_ELEMENT = new RegExp(String.raw`<(\w+)\b[^>]*${CLASS}\b(?:speaker|speaker-name|speaker_name|name|author|participant|who)\b[^"']*["'][^>]*>\s*([^<]{1,60}?)\s*:?\s*</\1\s*>`, 'gi');
const TIME_ELEMENT = new RegExp(String.raw`<(\w+)\b[^>]*${CLASS}\b(?:time|timestamp|time-?stamp|ts|start|offset)\b[^"']*["'][^>]*>[^<]{0,30}</\1\s*>`, 'gi');
const DATA_SPEAKER = /<(\w+)\b[^>]*\bdata-(?:speaker|speaker-name|author|who)\s*=\s*["']([^"']{1,60})["'][^>]*>/gi;
const DEFINITION_TERM = /<dt\b[^>]*>\s*([^<]{1,60}?)\s*:?\s*<\/dt\s*>\s*<dd\b[^>]*>/gi;

/** Speakers the markup names written as labels (`Name: `), and times in their own elements dropped. */
function writeMarkupSpeakers(html: string): string {
  const marked = (html.match(SPEAKER_ELEMENT) ?? []).length + (html.match(DATA_SPEAKER) ?? []).length + (html.match(DEFINITION_TERM) ?? []).length;
  if (marked < 3) return html;
  return html.replace(TIME_ELEMENT, ' ')
    .replace(SPEAKER_ELEMENT, (_, tag: string, name: string) => ` ${decodeEntities(name).replace(/:/g, ' ').trim()}: `)
    .replace(DEFINITION_TERM, (_, name: string) => ` ${decodeEntities(name).replace(/:/g, ' ').trim()}: `)
    .replace(DATA_SPEAKER, (whole: string, tag: string, name: string) => `${whole} ${decodeEntities(name).replace(/:/g, ' ').trim()}: `);
}

/** The document's text; plain text comes back unchanged. */
export function readHtmlText(text: string): string {
  if (!isHtmlText(text)) return text;
  // Blank what is never shown, keeping its line breaks so later lines keep their numbers.
  let out = writeMarkupSpeakers(text.replace(INVISIBLE, (block) => block.replace(/[^\n]/g, '')));
  if (out.trim().split('\n').length <= 2) out = out.replace(LINE_BREAK_TAG, '\n');
  return out.split('\n').map((line) => decodeEntities(line.replace(/<[^>]*>/g, ' ')).replace(/[ \t]+/g, ' ').trim()).join('\n');
}
