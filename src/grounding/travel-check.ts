/**
 * Travel history: "recently travelled to Brazil" where the patient was in Zambia. Where a patient has been decides
 * which infections are looked for, so a country or region the note names in its travel history must be said in the
 * conversation. Only statements that speak of travel are read ("trip", "travelled", "returned from", "holiday"), so a
 * patient born in India or a Spanish interpreter is not travel.
 */
import { saysAnyForm } from './named-terms.js';
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

export function checkTravel(statement: string, section: string, index: WordIndex): { phrase: string; reason: string }[] {
  if (section !== 'subjective' || !TRAVEL_RE.test(statement)) return [];
  const problems: { phrase: string; reason: string }[] = [];
  for (const m of statement.matchAll(PLACE_RE)) {
    const place = m[0].replace(/\s+/g, ' ');
    const names = [place.toLowerCase(), ...(ALSO_SAID[place.toLowerCase()] ?? [])];
    if (saysAnyForm(index, names) || problems.some((p) => p.phrase === place)) continue;
    problems.push({ phrase: place, reason: `the note says the patient travelled to ${place}, which the transcript never mentions` });
  }
  return problems;
}
