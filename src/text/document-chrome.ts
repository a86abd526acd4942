/**
 * A transcript copied out of a PDF or a Word document brings the page furniture with it: "Page 2 of 5", a
 * "CONFIDENTIAL" banner, "Printed on 12/11/2026 09:14 by J. Smith", and the practice's running header repeated at
 * every page break (a letterhead's "Patient: … DOB: … MRN: …" too). Nobody said them; read as speech they land inside whichever turn the page broke. Blanked line for
 * line, so line numbers still point into the file as given and a turn broken by a page runs on over the blank lines.
 */
import { splitLabel } from './speaker-labels.js';

const PAGE_MARK = /^\s*(?:(?:page|pg\.?|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|[-–]\s*\d{1,4}\s*[-–]|\d{1,4}\s+of\s+\d{1,4})\s*$/i;
const BANNER = /^\s*(?:strictly\s+|private\s+(?:and|&)\s+)?confidential\b[^.?!]{0,80}$/i;
// Printed, exported or generated, with a date or a time: a document's own stamp, not a sentence about printing.
const STAMP = /^\s*(?:printed|exported|generated|created|downloaded)\s+(?:on|at|by)\b[^?!]{0,80}\d[^?!]{0,60}$/i;
const IDENTIFIER = /\b(?:DOB|D\.O\.B\.?|MRN|NHS(?: no\.?| number)?|date of birth|hospital (?:no\.?|number)|CHI)\s*:/i;
/** A printed rule across the page. */
const RULE = /^\s*(?:-{10,}|={10,}|_{10,}|\*{10,}|─{10,})\s*$/;
/** How near a page break a repeated header or footer sits. */
const NEAR = 3;

/**
 * "Patient: Jane Doe   DOB: 01/02/1980   MRN: 123456", the header on every page of a clinic's letterhead: read as a
 * patient's turn by its first field, it is a form's line of several fields.
 */
function isFieldLine(line: string): boolean {
  return line.trim() !== '' && (line.match(/(?:^|\s)\p{Lu}[\p{L} .#/]{0,24}:\s*\S/gu)?.length ?? 0) >= 2;
}

function isFurniture(line: string): boolean {
  return PAGE_MARK.test(line) || BANNER.test(line) || STAMP.test(line) || END_MARK.test(line);
}

/** "End of transcript.", "[END OF RECORDING]": the document's own close. */
const END_MARK = /^\s*[[(]?\s*end of (?:the )?(?:transcript(?:ion)?|recording|document|report|session transcript)\s*[\])]?\.?\s*$/i;
/** A gap that sets a running header's parts apart ("Clinic name      Page 1 of 3"). */
const COLUMN_GAP = /\s{3,}|\t+/;

/**
 * A running header or footer set out in columns: its parts apart by wide gaps, one of them a page mark (or a banner),
 * whatever the others say (a clinic's name, a document title), even where a dash in it reads like a speaker's label.
 */
function isColumnFurniture(line: string, test: (cell: string) => boolean): boolean {
  const cells = line.trim().split(COLUMN_GAP);
  return cells.length >= 2 && cells.length <= 4 && cells.some(test);
}

/**
 * The lines with page furniture blanked, when the text has page marks; other texts come back unchanged. A line
 * repeated word for word beside each page break (the clinic's name, the document title) goes with them.
 */
export function blankDocumentChrome(lines: readonly string[]): string[] {
  const unlabelled = lines.map((l) => l.trim() !== '' && splitLabel(l, 0).label === undefined);
  const pages = lines.flatMap((l, i) => ((unlabelled[i] && PAGE_MARK.test(l)) || isColumnFurniture(l, (c) => PAGE_MARK.test(c)) ? [i] : []));
  if (pages.length === 0) return [...lines];
  const furniture = new Set(lines.flatMap((l, i) => ((unlabelled[i] && isFurniture(l)) || isColumnFurniture(l, isFurniture) || RULE.test(l) ? [i] : [])));
  const near = (i: number) => [...furniture].some((k) => Math.abs(k - i) <= NEAR);
  const seen = new Map<string, number[]>();
  // (Compared with its numbers left out, so "Clinic — Page 1" and "Clinic — Page 2" are one running header.)
  lines.forEach((l, i) => {
    const key = l.trim().replace(/\d+/g, '#');
    if ((unlabelled[i] || isFieldLine(l)) && l.trim().length <= 120 && near(i)) seen.set(key, [...(seen.get(key) ?? []), i]);
  });
  for (const at of seen.values()) if (at.length >= 2) for (const i of at) furniture.add(i);
  // On a one-page document the patient's identifiers stand once, by the page mark.
  lines.forEach((l, i) => {
    if (isFieldLine(l) && IDENTIFIER.test(l) && near(i)) furniture.add(i);
  });
  return lines.map((l, i) => (furniture.has(i) ? '' : l));
}
