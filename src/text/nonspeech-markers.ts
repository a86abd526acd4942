/**
 * Transcription products and human transcribers write what was heard but not said as bracketed markers inside the
 * words: "[inaudible]", "[crosstalk]", "(laughs)", "[inaudible 00:01:23]", and a time mark dropped mid-turn
 * ("…on the left side [00:00:24] and his chest is clear"). They are no part of the sentence, and at the start of a
 * line "[crosstalk]" would be read as a speaker's tag. Removed, spaces tidied, line for line.
 */
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
const SOUNDS = String.raw`inaudible|unintelligible|indiscernible|unclear|crosstalk|cross-talk|overlapping(?: speech| voices| talking)?|laughs?|laughing|laughter|chuckles?|chuckling|sighs?|sighing|coughs?|coughing|clears throat|sniffs?|crying|cries|pause|long pause|silence|music|background noise|noise|static|phone ring(?:s|ing)|door (?:opens|closes|knock(?:s|ing)?)|baby crying|applause|foreign(?: language)?|no audio|audio cuts out|blank_audio|speaking foreign language|indistinct(?: chatter)?|mumbles?|mumbling|beep(?:s|ing)?|alarm(?: sounding| beeping)?|knocking`;
// CART captioners pad the brackets and name what the room heard: "[ BEEPING ]", "( PHONE RINGING )".
const MARKER = new RegExp(String.raw`\s*(?:\[\s?(?:${SOUNDS})(?:\s+(?:at\s+)?${TIME})?\s?\]|\(\s?(?:${SOUNDS})\s?\)|\*(?:${SOUNDS})\*)\s*`, 'gi');
/** A bracketed time after some words: a mark of where the audio was, not said. */
const MID_TIME = new RegExp(String.raw`(?<=\S)\s*\[${TIME}\]\s*`, 'g');

/** The line with non-speech markers removed; a line without any comes back as it was. */
function removeMarkers(line: string): string {
  if (!line.includes('[') && !line.includes('(') && !line.includes('*')) return line;
  const out = line.replace(MARKER, ' ').replace(MID_TIME, ' ');
  if (out === line) return line;
  return out.replace(/(?<=\S)\s{2,}/g, ' ').replace(/(?<=\S)\s+([,.?!;])/g, '$1').replace(/([,;])(?=[.?!])/g, '').trimEnd();
}

export function removeNonSpeechMarkers(lines: readonly string[]): string[] {
  return lines.map(removeMarkers);
}
