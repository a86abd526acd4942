/**
 * A transcript saved or copied as HTML (a portal's "save page", a transcription tool's HTML export, an e-mail body):
 * its markup is read as text, so the speakers in `<b>Dr. Chen:</b>` are labels again and the clinical-content gate
 * does not take `<p>` lines for code. Each line keeps its place (tags removed, entities decoded) unless the document
 * is one or two lines of markup, which are broken at their block elements.
 */

/** Enough markup to be a document, not a transcript that mentions "<5 mg" or a `<v Name>` subtitle voice. */
const BLOCK_TAG = /<\/?(?:p|div|br|li|ul|ol|tr|td|th|table|h[1-6]|body|html|head|span|b|strong|em|i|section|article|blockquote)\b[^>]*>/gi;
const MIN_TAGS = 4;
const LINE_BREAK_TAG = /<(?:br\s*\/?|\/p|\/div|\/li|\/tr|\/h[1-6]|\/blockquote)\s*>/gi;
const INVISIBLE = /<(script|style|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…', middot: '·' };

/** True when the text is an HTML document or fragment rather than plain text. */
export function isHtmlText(text: string): boolean {
  return (text.match(BLOCK_TAG) ?? []).length >= MIN_TAGS && /<\/(?:p|div|li|td|b|strong|span|body|html)>/i.test(text);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The document's text; plain text comes back unchanged. */
export function readHtmlText(text: string): string {
  if (!isHtmlText(text)) return text;
  // Blank what is never shown, keeping its line breaks so later lines keep their numbers.
  let out = text.replace(INVISIBLE, (block) => block.replace(/[^\n]/g, ''));
  if (out.trim().split('\n').length <= 2) out = out.replace(LINE_BREAK_TAG, '\n');
  return out.split('\n').map((line) => decodeEntities(line.replace(/<[^>]*>/g, ' ')).replace(/[ \t]+/g, ' ').trim()).join('\n');
}
