/** Final surface form of a note sentence: capitalised, single-spaced, one terminal full stop. */
export function polishSentence(text: string): string {
  const t = text
    // "I'm going to go ahead and order…": the filler says nothing the rest does not.
    .replace(/\bgo ahead and\s+/gi, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/[,;:\s]+$/, '')
    .replace(/[?!]+$/, '')
    .trim();
  if (t === '') return '';
  const capitalised = `${t.charAt(0).toUpperCase()}${t.slice(1)}`;
  return /[."]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
