/**
 * Scores the offline engine on a set of encounters kept outside the repository (a sealed set: devset-format files
 * that the engineers have not read). By default it prints figures only — totals, per section, empty sections and
 * findings — so measuring a set does not open it; `--misses` prints what was missed (that opens the set), and
 * `--validate` checks the files instead of scoring them (each fact's words must be in the transcript).
 *
 *   node --import tsx test/eval/external-set.ts <folder> [--validate | --misses | --per-encounter]
 */
import { fileURLToPath } from 'node:url';
import { generateLocalNote } from '../../src/local/index.js';
import { checkGrounding } from '../../src/grounding/index.js';
import { SECTIONS } from '../../src/note/sections.js';
import { matchSpecialty } from '../../src/specialties.js';
import { loadDevset, type DevEncounter } from './devset.js';
import { normaliseTokens, scoreEncounter } from './devset-score.js';

const FACT_WORDS_OPTIONAL = new Set(['no', 'not', 'denies', 'deny', 'denied', 'without', 'never', 'negative', 'none']);

/** Problems with one file: an unknown specialty, a section without facts, a fact whose words the transcript lacks. */
export function validateEncounter(e: DevEncounter): string[] {
  const problems: string[] = [];
  if (matchSpecialty(e.specialty) === undefined) problems.push(`${e.id}: unknown specialty "${e.specialty}"`);
  for (const s of SECTIONS) if (!e.facts.some((f) => f.section === s)) problems.push(`${e.id}: no ${s} facts`);
  const words = new Set(normaliseTokens(e.transcript));
  const has = (t: string) => (t.endsWith('*') ? [...words].some((w) => w.startsWith(t.slice(0, -1))) : words.has(t));
  for (const f of e.facts) {
    const found = f.alternatives.some((alt) => alt.every((t) => FACT_WORDS_OPTIONAL.has(t) || has(t)));
    if (!found) problems.push(`${e.id}: fact not found in the transcript: ${f.section} "${f.text}"`);
  }
  return problems;
}

function pct(n: number, d: number): string {
  return d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`;
}

export function reportExternalSet(dir: string, mode: { validate?: boolean; misses?: boolean; perEncounter?: boolean }): number {
  const set = loadDevset(dir);
  if (mode.validate) {
    const problems = set.flatMap((e) => validateEncounter(e));
    for (const p of problems) console.log(p);
    console.log(`${set.length} encounters, ${set.reduce((a, e) => a + e.facts.length, 0)} facts, ${problems.length} problems`);
    return problems.length === 0 ? 0 : 1;
  }
  const rows = set.map((e) => {
    const note = generateLocalNote(e.transcript, { specialty: e.specialty });
    return { e, note, score: scoreEncounter(note, e), findings: checkGrounding(note, e.transcript) };
  });
  const facts = rows.flatMap((r) => r.score.facts);
  const empty = rows.reduce((a, r) => a + r.score.emptySections.length, 0);
  const withFacts = rows.reduce((a, r) => a + r.score.sectionsWithFacts.length, 0);
  console.log(`${rows.length} encounters, ${facts.length} facts: right section ${pct(facts.filter((f) => f.inSection).length, facts.length)}, `
    + `anywhere ${pct(facts.filter((f) => f.anywhere).length, facts.length)}, empty sections ${empty}/${withFacts}, `
    + `grounding findings ${rows.reduce((a, r) => a + r.findings.length, 0)}`);
  console.log(`by section: ${SECTIONS.map((s) => {
    const part = facts.filter((f) => f.fact.section === s);
    return `${s[0]!.toUpperCase()} ${pct(part.filter((f) => f.inSection).length, part.length)}`;
  }).join(', ')}`);
  if (mode.perEncounter || mode.misses) {
    for (const r of rows) {
      const hit = r.score.facts.filter((f) => f.inSection).length;
      const anywhere = r.score.facts.filter((f) => f.anywhere).length;
      console.log(`  ${r.e.id.padEnd(44)} ${pct(hit, r.score.facts.length).padStart(6)} (anywhere ${pct(anywhere, r.score.facts.length)}) empty ${r.score.emptySections.join(',') || '-'}`);
      if (!mode.misses) continue;
      for (const m of r.score.facts.filter((f) => !f.inSection)) console.log(`     miss ${m.fact.section.padEnd(10)} ${m.fact.text}${m.foundIn ? `  (in ${m.foundIn})` : ''}`);
      for (const f of r.findings) console.log(`     finding [${f.section}/${f.kind}] ${f.claim}`);
    }
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!dir) {
    console.error('usage: external-set.ts <folder> [--validate | --misses | --per-encounter]');
    process.exitCode = 2;
  } else {
    process.exitCode = reportExternalSet(dir, {
      validate: process.argv.includes('--validate'), misses: process.argv.includes('--misses'), perEncounter: process.argv.includes('--per-encounter'),
    });
  }
}
