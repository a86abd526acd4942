/** Characters XML 1.0 forbids outright; a transcript pasted from elsewhere can carry them. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for XHTML element content and attribute values. */
export function escapeXhtml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * A FHIR narrative `div`: one paragraph per non-empty line, so the note's line structure survives rendering.
 * Only escaped text goes in, so the result is always well-formed XHTML that FHIR's narrative rules accept.
 */
export function renderNarrativeDiv(text: string): string {
  const paragraphs = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeXhtml(line)}</p>`);
  return `<div xmlns="http://www.w3.org/1999/xhtml">${paragraphs.join('')}</div>`;
}
