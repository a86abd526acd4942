/**
 * Travel history: "recently travelled to Brazil" where the patient was in Zambia. Where a patient has been decides
 * which infections are looked for, so a country or region the note names in its travel history must be said in the
 * conversation. Only statements that speak of travel are read ("trip", "travelled", "returned from", "holiday"), so a
 * patient born in India or a Spanish interpreter is not travel.
 */
import { saysAnyForm } from './named-terms.js';
import { extractQuantities } from './quantities.js';
import { normaliseTokens } from './tokenize.js';
import type { TranscriptModel } from './transcript-model.js';
import type { WordIndex } from './word-index.js';

const TRAVEL_RE = /\b(?:travel\w*|trips?|visit(?:ed|ing)|holiday\w*|vacation\w*|returned (?:home )?from|back from|flew|flight|abroad|overseas|went to|been to)\b/i;

/** Countries and regions by how a note writes them; each is looked for in the conversation by the same words. */
const PLACES: readonly string[] = [
  'Afghanistan', 'Albania', 'Algeria', 'Angola', 'Argentina', 'Australia', 'Austria', 'Bangladesh', 'Belgium', 'Bolivia', 'Bosnia',
  'Botswana', 'Brazil', 'Bulgaria', 'Burma', 'Cambodia', 'Cameroon', 'Canada', 'Chile', 'China', 'Colombia', 'Congo', 'Costa Rica',
  'Croatia', 'Cuba', 'Cyprus', 'Czech Republic', 'Denmark', 'Dominican Republic', 'Ecuador', 'Egypt', 'El Salvador', 'Estonia',
  'Ethiopia', 'Fiji', 'Finland', 'France', 'Gambia', 'Germany', 'Ghana', 'Greece', 'Guatemala', 'Guinea', 'Haiti', 'Honduras',
  'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy', 'Ivory Coast', 'Jamaica', 'Japan',
  'Kenya', 'Korea', 'Kuwait', 'Laos', 'Latvia', 'Lebanon', 'Liberia', 'Libya', 'Lithuania', 'Madagascar', 'Malawi', 'Malaysia',
  'Mali', 'Malta', 'Mexico', 'Mongolia', 'Morocco', 'Mozambique', 'Myanmar', 'Namibia', 'Nepal', 'Netherlands', 'Holland',
  'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'Norway', 'Oman', 'Pakistan', 'Panama', 'Paraguay', 'Peru', 'Philippines',
  'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia', 'Rwanda', 'Saudi Arabia', 'Senegal', 'Serbia', 'Sierra Leone', 'Singapore',
  'Slovakia', 'Slovenia', 'Somalia', 'South Africa', 'Spain', 'Sri Lanka', 'Sudan', 'Sweden', 'Switzerland', 'Syria', 'Taiwan',
  'Tanzania', 'Thailand', 'Tunisia', 'Turkey', 'Uganda', 'Ukraine', 'United Arab Emirates', 'Dubai', 'Uruguay', 'Venezuela',
  'Vietnam', 'Yemen', 'Zambia', 'Zimbabwe', 'Bali', 'Caribbean', 'Africa', 'Asia', 'Europe', 'South America', 'Central America',
  'Middle East', 'Southeast Asia',
];
/** Other names a conversation may give the same place. */
const ALSO_SAID: Readonly<Record<string, readonly string[]>> = {
  netherlands: ['holland', 'amsterdam'], holland: ['netherlands', 'amsterdam'], burma: ['myanmar'], myanmar: ['burma'],
  'united arab emirates': ['uae', 'dubai', 'abu dhabi', 'emirates'], dubai: ['uae', 'emirates'], 'ivory coast': ['cote d ivoire'],
  'czech republic': ['czechia', 'prague'], korea: ['seoul'], 'dominican republic': ['dominican', 'punta cana'],
};
const PLACE_RE = new RegExp(`\\b(?:${PLACES.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\b`, 'g');

/** Days in each unit of time, to compare "1 wk ago" with "a year ago". */
const DAYS: Readonly<Record<string, number>> = { days: 1, weeks: 7, months: 30, years: 365 };
/** Said roughly: times this many times apart are different times. */
const SLACK = 2;
/** Travel said in the conversation; its answers follow within a few lines ("abroad ? — yes — where ? — … — a year ago"). */
const SAID_TRAVEL_RE = /\b(?:travel\w*|trip|abroad|overseas|holiday|vacation|flew|flight|been away|went away|got back|came back)\b/;
const ANSWER_LINES = 6;

interface Span {
  low: number;
  high: number;
  text: string;
}

function readSpans(text: string, lenient: boolean): Span[] {
  return extractQuantities(normaliseTokens(text, { lenient }))
    .filter((q) => q.cls === 'time' && q.unit && DAYS[q.unit])
    .map((q) => {
      const [a, b] = [q.value, q.rangeEnd ?? q.value].map((v) => v * (DAYS[q.unit as string] as number));
      return { low: Math.min(a as number, b as number), high: Math.max(a as number, b as number), text: q.text };
    });
}

/** How long ago the conversation's talk of travel says the patient travelled. */
export function readTravelTimes(model: TranscriptModel): Span[] {
  const spans: Span[] = [];
  model.lines.forEach((line, i) => {
    if (!SAID_TRAVEL_RE.test(line.tokens.join(' '))) return;
    for (const said of model.lines.slice(i, i + ANSWER_LINES)) spans.push(...readSpans(said.text, true));
  });
  return spans;
}

export function checkTravel(statement: string, section: string, index: WordIndex, times: readonly Span[] = []): { phrase: string; reason: string }[] {
  if (section !== 'subjective' || !TRAVEL_RE.test(statement)) return [];
  const problems: { phrase: string; reason: string }[] = [];
  // "Last foreign travel 1 wk ago" where the patient was abroad "a year ago": when the trip was, if the talk says.
  for (const claim of times.length > 0 && /\bago\b/i.test(statement) ? readSpans(statement, false) : []) {
    if (times.some((t) => t.low <= claim.high * SLACK && claim.low <= t.high * SLACK)) continue;
    problems.push({ phrase: claim.text, reason: `the note dates the travel "${claim.text} ago", but the transcript's talk of travel says ${[...new Set(times.map((t) => t.text))].slice(0, 3).join(', ')}` });
  }
  for (const m of statement.matchAll(PLACE_RE)) {
    const place = m[0].replace(/\s+/g, ' ');
    const names = [place.toLowerCase(), ...(ALSO_SAID[place.toLowerCase()] ?? [])];
    if (saysAnyForm(index, names) || problems.some((p) => p.phrase === place)) continue;
    problems.push({ phrase: place, reason: `the note says the patient travelled to ${place}, which the transcript never mentions` });
  }
  return problems;
}
