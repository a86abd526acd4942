/**
 * Splits an ACI-Bench reference note into the four divisions the ACI-Bench scorer uses. Header lines are
 * recognised by prefix (or as a whole line for the colon-less forms); only the first header of each division
 * opens it, and a division runs until the next opened division, so unlisted headers such as MEDICATIONS or
 * VITALS stay inside whichever division precedes them.
 */
export type Division = 'subjective' | 'objective_exam' | 'objective_results' | 'assessment_and_plan';

const PREFIX_HEADERS: [Division, RegExp][] = [
  ['subjective', /^\s*(cc\s*:|chief\s*complaint|reason\s*for\s*visit\s*:|history\s*:|history\s*of\s*present\s*illness|hpi|interval\s*(history|hx)\s*:|subjective\s*:|ros\s*:|review\s*of\s*systems?\s*:|social\s*history|past\s*history)/i],
  ['objective_exam', /^\s*(physical\s*exam|pe\s*:|physical\s*findings\s*:|examination\s*:|exam\s*:|vitals\s*reviewed)/i],
  ['objective_results', /^\s*(results|findings\s*:)/i],
  ['assessment_and_plan', /^\s*(assessment|a\s*:|plan\s*:|plan\s*of\s*care\s*:|p\s*:|medical\s*decision-making\s*plan\s*:|summary\s*plan|ap\s*:|a\s*\/\s*p\s*:|disposition\s*\/\s*plan\s*:)/i],
];

const WHOLE_LINE_HEADERS: [Division, RegExp][] = [
  ['subjective', /^\s*(cc|chief\s*complaint|reason\s*for\s*visit|history|interval\s*(history|hx)|subjective|ros|review\s*of\s*systems?)\s*$/i],
  ['objective_exam', /^\s*(pe|physical\s*findings|examination|exam)\s*$/i],
  ['objective_results', /^\s*findings\s*$/i],
  ['assessment_and_plan', /^\s*(a|plan|plan\s*of\s*care|p|ap|a\s*\/\s*p|disposition\s*\/\s*plan)\s*$/i],
];

function classifyHeaderLine(line: string): Division | undefined {
  for (const [division, re] of PREFIX_HEADERS) if (re.test(line)) return division;
  for (const [division, re] of WHOLE_LINE_HEADERS) if (re.test(line)) return division;
  // Upper-case IMPRESSION only: lower-case "impression" is prose inside RESULTS in this corpus.
  if (/^\s*IMPRESSION/.test(line)) return 'assessment_and_plan';
  return undefined;
}

export function divideReferenceNote(note: string): Partial<Record<Division, string>> {
  const lines = note.split('\n');
  const opened: { division: Division; start: number }[] = [];
  let offset = 0;
  lines.forEach((line, i) => {
    const division = classifyHeaderLine(line);
    // Text before the first header counts as subjective.
    const effective = division ?? (i === 0 ? 'subjective' : undefined);
    if (effective && !opened.some((o) => o.division === effective)) opened.push({ division: effective, start: offset });
    offset += line.length + 1;
  });
  opened.sort((a, b) => a.start - b.start);
  const out: Partial<Record<Division, string>> = {};
  opened.forEach((o, i) => {
    out[o.division] = note.slice(o.start, opened[i + 1]?.start ?? note.length);
  });
  return out;
}
