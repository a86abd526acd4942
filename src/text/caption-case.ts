/**
 * CART captions and some closed-caption exports are typed in capitals ("WE'LL RECHECK THE INR IN ONE WEEK."). Read as
 * they are, every line looks like a heading and the note would shout, so a text written almost wholly in capitals is
 * put in sentence case before anything else reads it: words in lower case, a capital where a sentence or a turn opens,
 * "I" and the names after a title ("MR. HALVORSEN") capitalised, and clinical acronyms ("BP", "INR", "COPD") kept.
 * A speaker's label ("NURSE:", ">> DR. OKAFOR:") stays as written. Same lines, same count; other texts unchanged.
 */
import { splitLabel } from './speaker-labels.js';

/** Share of the letters in capitals above which the text is read as typed in capitals. */
const MIN_CAPITALS = 0.85;
const MIN_LETTERS = 200;

/** Acronyms a caption keeps in capitals; a unit ("MG", "ML") reads in lower case, as a note writes it. */
const ACRONYMS = new Set(`BP HR RR INR COPD CHF ECG EKG EEG MRI CT PET ED ER ICU NICU GP PT OT IV IM PO PRN NSAID NSAIDS
ACE ARB DVT PE UTI URI CBC BMP CMP TSH LDL HDL HBA1C A1C BMI CPR EMS EMT ENT GERD IBS IBD ADHD PTSD OCD HIV HPV COVID
MRSA STI STD TB CKD AF AFIB CVA TIA MI CABG PCI OTC DNR CPAP BIPAP PHQ GAD ACL MCL ROM CNS PSA ALT AST GFR EGFR NHS
A&E ENT CRP ESR SSRI OB GYN OBGYN RSV ASAP DKA AKI ACS PAD PVD MS ALS CF ASD IUD IVF PCOS NP PA RN MD DO LPN CNA`.split(/\s+/));
const UNITS: Readonly<Record<string, string>> = { MMHG: 'mmHg', MG: 'mg', MCG: 'mcg', ML: 'ml', KG: 'kg', CM: 'cm', MM: 'mm', LBS: 'lbs', MMOL: 'mmol' };
const TITLE = /^(?:MR|MRS|MS|DR|MISS|PROF)\.?$/;
const CALENDAR = new Set(`MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY JANUARY FEBRUARY MARCH APRIL JUNE JULY AUGUST
SEPTEMBER OCTOBER NOVEMBER DECEMBER CHRISTMAS ENGLISH SPANISH`.split(/\s+/));
/** Subtitle scaffolding that must stay as the subtitle reader knows it. */
const SCAFFOLDING = /^\s*(?:WEBVTT|NOTE\b|STYLE\b|REGION\b)|-->/;
const MARKER = /^\s*>{2,}\s*/;

/** True for a text typed almost wholly in capitals (a few lower-case words of a header may stand in it). */
export function isTypedInCapitals(lines: readonly string[]): boolean {
  const text = lines.filter((l) => !SCAFFOLDING.test(l)).join('\n');
  const upper = (text.match(/\p{Lu}/gu) ?? []).length;
  const lower = (text.match(/\p{Ll}/gu) ?? []).length;
  return upper + lower >= MIN_LETTERS && upper >= (upper + lower) * MIN_CAPITALS;
}

/** One word in the case a note writes it; `opens` when a sentence starts on it. */
function caseWord(word: string, opens: boolean, afterTitle: boolean): string {
  const bare = word.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
  const key = bare.toUpperCase();
  if (ACRONYMS.has(key) || (/\d/.test(bare) && /^[A-Z\d-]{2,6}$/.test(bare) && !UNITS[key.replace(/^\d+/, '')])) return word;
  const unit = UNITS[key] ?? UNITS[key.replace(/^[\d.]+/, '')];
  if (unit) return word.replace(bare, bare.replace(/[A-Z]+$/, unit));
  const lower = word.toLowerCase();
  const capital = opens || afterTitle || CALENDAR.has(key) || /^I(?:'|’|$)/.test(bare) || TITLE.test(key);
  return capital ? lower.replace(/\p{L}/u, (c) => c.toUpperCase()) : lower;
}

/** The words of a line in sentence case; `opens` says whether the line starts a sentence, and the state goes on. */
function caseWords(text: string, opens: boolean): { text: string; opens: boolean } {
  let open = opens;
  let afterTitle = false;
  // "[ BEEPING ]": a captioner's note of a sound is no sentence, so the sentence still opens after it.
  let bracketed = false;
  const out = text.split(/(\s+)/).map((w) => {
    if (/^[[(]/.test(w)) bracketed = true;
    if (bracketed) {
      bracketed = !/[\])]$/.test(w);
      return w.toLowerCase();
    }
    if (w.trim() === '' || !/\p{L}/u.test(w)) {
      if (/[.?!]["')\]]?$/.test(w)) open = true;
      return w;
    }
    const cased = caseWord(w, open, afterTitle);
    afterTitle = TITLE.test(w.replace(/\W+$/, '').toUpperCase());
    open = /[.?!]["')\]]?$/.test(w) && !afterTitle;
    return cased;
  });
  return { text: out.join(''), opens: open };
}

/** One passage typed in capitals (a relay caller's turn) in sentence case, as a caption line is written. */
export function writeSentenceCase(text: string): string {
  return caseWords(text, true).text;
}

export function writeCaptionCase(lines: readonly string[]): string[] {
  if (!isTypedInCapitals(lines)) return [...lines];
  let opens = true;
  return lines.map((line) => {
    if (SCAFFOLDING.test(line) || !/\p{L}/u.test(line)) return line;
    // A new caption speaker or a label opens a sentence; the label itself keeps its capitals.
    const marker = MARKER.exec(line)?.[0] ?? '';
    const rest = line.slice(marker.length);
    const read = splitLabel(rest, 0);
    const cut = read.label !== undefined && read.text !== '' ? rest.length - rest.trimStart().length + rest.trimStart().lastIndexOf(read.text) : 0;
    const cased = caseWords(rest.slice(cut), opens || marker !== '' || cut > 0);
    opens = cased.opens;
    return `${marker}${rest.slice(0, cut)}${cased.text}`;
  });
}
