/**
 * The engine reads "centimetres" and "litres" as "centimeters" and "liters" (normalize-asr-text.ts), the one spelling
 * its unit rules know; a note for someone who said "1.5 litres a day" writes it as they said it. Only the unit words the
 * reading changed are put back, and only when the transcript spells them the British way: a "glucose meter" stays one.
 */
const BRITISH_UNIT = /\b(?:centi|milli|kilo)?metres?\b|\b(?:milli)?litres?\b/i;

const RESTORE: [RegExp, string][] = [
  [/\b(centi|milli|kilo)meter(s?)\b/gi, '$1metre$2'],
  [/\b(milli)?liter(s?)\b/gi, '$1litre$2'],
];

/** A function that writes unit words in the transcript's own spelling (identity when it spells them the US way). */
export function restoreUnitSpellings(transcript: string): (text: string) => string {
  if (!BRITISH_UNIT.test(transcript)) return (text) => text;
  // A bare "meter" is a device as often as a length: put back only where the transcript never says "meter".
  const bareMetre = /\bmetres?\b/i.test(transcript) && !/\bmeters?\b/i.test(transcript);
  const rules: [RegExp, string][] = bareMetre ? [...RESTORE, [/\bmeter(s?)\b/gi, 'metre$1']] : RESTORE;
  return (text) => rules.reduce((t, [re, to]) => t.replace(re, to), text);
}
