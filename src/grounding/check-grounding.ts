import { checkAllergies, indexAllergyTurns } from './allergy-check.js';
import { checkCountedNouns, indexCountedNouns } from './counted-noun-check.js';
import { checkAttribution, indexSpeakers } from './attribution-check.js';
import { checkCompanionAttribution } from './companion-attribution-check.js';
import { checkAccountTeller } from './account-teller-check.js';
import { findContradictions } from './contradiction-check.js';
import { findNoteContradictions } from './note-contradictions.js';
import { checkAggravation } from './aggravation-check.js';
import { checkDeclinedPlans, checkStoppedMedications, checkWithheldPlans } from './declined-plans.js';
import { checkFrequencies } from './frequency-check.js';
import { checkDrugFrequencies } from './drug-frequency-check.js';
import { checkRateCounts } from './rate-count-check.js';
import { checkVisitIntervals } from './visit-interval-check.js';
import { checkEchoedDenials, indexDeniedOnly } from './echoed-denial-check.js';
import { checkOrdinalParts, indexPlacedParts } from './ordinal-part-check.js';
import { checkWorseTimes, readWorseTimes } from './worse-time-check.js';
import { checkPartCounts } from './part-count-check.js';
import { checkPassFail } from './pass-fail-check.js';
import { checkCodes, compactCode, compactTranscript } from './code-check.js';
import { checkDiagnoses } from './diagnosis-check.js';
import { buildWordIndex } from './word-index.js';
import { checkLaterality, indexTranscriptSides } from './laterality-check.js';
import { findMedications, indexTranscriptWords, isMedicationSupported, readTreatedPurposes } from './medication-check.js';
import { isPartOfSaidCombination } from './combination-products.js';
import { checkFamilyHistory } from './family-history-check.js';
import { checkLineage, indexLineage } from './lineage-check.js';
import { checkRelativesNamed } from './relative-check.js';
import { checkInformants } from './informant-check.js';
import { checkTestPolarity } from './test-polarity-check.js';
import { checkContinuedDose } from './continue-dose-check.js';
import { checkPolarity } from './negation-check.js';
import { checkRelatedDiagnoses } from './related-diagnosis-check.js';
import { checkMaritalStatus } from './marital-status-check.js';
import { checkPatientSex } from './patient-sex-check.js';
import { checkGrades } from './grade-check.js';
import { checkMechanisms } from './mechanism-check.js';
import { checkOccupation } from './occupation-check.js';
import { checkSubstances, readHabitTalk } from './substance-check.js';
import { checkPlanItems, readsBareScan } from './plan-items-check.js';
import { checkReportedResults } from './reported-results-check.js';
import { checkPermittedActions } from './permitted-action-check.js';
import { checkUrgency, readUrgentCare } from './urgency-check.js';
import { checkTravel, readTravelTimes } from './travel-check.js';
import { checkTestTiming } from './test-timing-check.js';
import { indexMentions } from './polarity-reading.js';
import { checkNumbers } from './number-check.js';
import { checkResultDirections, indexResultDirections } from './result-direction.js';
import { normaliseTokens } from './tokenize.js';
import { splitStatements, trimClaim } from './split-statements.js';
import { checkSmoking, readTranscriptSmoking } from './smoking-check.js';
import { checkLiving, readTranscriptLiving } from './living-situation-check.js';
import { buildTranscriptModel, listLines } from './transcript-model.js';
import { indexQuantities } from './transcript-quantities.js';
import { isNamedByResult } from './result-conditions.js';
import { expandNoteShorthand } from './note-shorthand.js';
import { checkWeekdays } from './weekday-check.js';
import { checkClockTimes } from './clock-time-check.js';
import { checkContactDays } from './contact-day-check.js';
import { checkHandDominance } from './hand-dominance-check.js';
import { checkDosingInstructions } from './dosing-instruction-check.js';
import { checkRoutes } from './route-check.js';
import { checkForbiddenDrugs } from './forbidden-drug-check.js';
import { checkAdherence } from './adherence-check.js';
import { checkAdviceSource } from './advice-source-check.js';
import { checkStoppedDrugs } from './stopped-drug-check.js';
import { checkMissedDoses } from './missed-dose-check.js';
import { checkActivities } from './activity-check.js';
import { checkWeightBearing } from './weight-bearing-check.js';
import { checkExerciseDose } from './exercise-dose-check.js';
import { checkSidePairs } from './side-pair-check.js';
import { checkOppositeQualifiers } from './opposite-qualifier-check.js';
import { SECTIONS, type Section } from '../note/sections.js';
import type { GroundingFinding, GroundingKind, GroundingNoteInput, GroundingOptions } from './types.js';

type TranscriptIndex = ReturnType<typeof indexTranscript>;

interface Problem {
  kind: GroundingKind;
  phrase: string;
  reason: string;
  lines?: number[];
}

/** The last transcript's index: a batch checking many notes of one transcript (or a benchmark) builds it once. */
let lastIndex: { key: string; index: TranscriptIndex } | undefined;

function indexTranscriptOnce(transcript: string, options: GroundingOptions): TranscriptIndex {
  const key = `${JSON.stringify(options.context ?? null)}\u0000${transcript}`;
  if (lastIndex?.key !== key) lastIndex = { key, index: indexTranscript(transcript, options) };
  return lastIndex.index;
}

/** Everything the checks look up in the transcript (and the clinical context). */
function indexTranscript(transcript: string, options: GroundingOptions) {
  const model = buildTranscriptModel(transcript, options.context);
  const supportText = model.lines.map((l) => l.text).join('\n');
  return {
    model,
    quantities: indexQuantities(model),
    results: indexResultDirections(model),
    stems: buildWordIndex(model),
    words: indexTranscriptWords(supportText),
    treated: readTreatedPurposes(supportText),
    sides: indexTranscriptSides(model),
    mentions: indexMentions(model),
    allergies: indexAllergyTurns(model),
    speakers: indexSpeakers(model),
    compacted: compactTranscript(supportText),
    smoking: readTranscriptSmoking(model),
    living: readTranscriptLiving(model),
    bareScan: readsBareScan(model),
    urgent: readUrgentCare(model),
    travelTimes: readTravelTimes(model),
    counted: indexCountedNouns(model),
    deniedOnly: indexDeniedOnly(model),
    placedParts: indexPlacedParts(model),
    worseTimes: readWorseTimes(model),
    lineage: indexLineage(model),
    habits: readHabitTalk(model),
    parentSpeaks: model.lines.some((l) => l.role === 'other'),
    dictated: model.lines.every((l) => l.role === 'clinician' || l.role === 'context'),
    // The speaker labels as written ("Coworker:", "[Teacher]"), for informants who speak for themselves.
    labels: [...transcript.matchAll(/^[ \t>*[]*([A-Za-z][\w .'()-]{0,40}?)\]?\s*:/gm)].map((m) => m[1]!).join(' | '),
    said: supportText,
    raw: transcript,
  };
}

function checkStatement(statement: string, section: Section, index: TranscriptIndex, suggested: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const p of checkDiagnoses(statement, index.stems, section, index.mentions, index.treated)) {
    // "leukocytosis" where the white count said is 15,000: the result's own name for a value given.
    if (!isNamedByResult(p.phrase, index.quantities)) problems.push({ kind: 'diagnosis', ...p });
  }
  for (const p of checkRelatedDiagnoses(statement, section, index.stems)) problems.push({ kind: 'diagnosis', ...p });
  for (const p of checkNumbers(statement, index.quantities, section)) problems.push({ kind: 'number', ...p });
  for (const p of checkCountedNouns(statement, index.counted)) problems.push({ kind: 'number', ...p });
  for (const p of checkResultDirections(normaliseTokens(statement), index.results)) problems.push({ kind: 'number', ...p });
  for (const p of checkFrequencies(statement, index.model)) problems.push({ kind: 'number', ...p });
  for (const p of checkDrugFrequencies(statement, index.model)) problems.push({ kind: 'number', ...p });
  for (const p of checkRateCounts(statement, index.model)) problems.push({ kind: 'number', ...p });
  for (const p of checkVisitIntervals(statement, index.model)) problems.push({ kind: 'number', ...p });
  for (const p of checkPartCounts(statement, index.model)) problems.push({ kind: 'number', ...p });
  const allergyProblems = checkAllergies(statement, index.allergies);
  for (const p of allergyProblems) problems.push({ kind: 'allergy', ...p });
  for (const mention of findMedications(statement)) {
    // An allergen already reported as an allergy is not reported again as a medication.
    if (allergyProblems.some((p) => p.phrase.includes(mention.name))) continue;
    if (!isMedicationSupported(mention, index.words) && !isPartOfSaidCombination(mention, statement, index.words)) {
      const partners = mention.aliases.filter((a) => a !== mention.name);
      const also = partners.length ? ` (nor ${partners.slice(0, 3).join(', ')})` : '';
      problems.push({ kind: 'medication', phrase: mention.name, reason: `medication "${mention.name}" is not mentioned in the transcript${also}` });
    }
  }
  for (const p of checkLaterality(statement, index.sides)) problems.push({ kind: 'laterality', ...p });
  for (const p of checkOrdinalParts(statement, index.placedParts)) problems.push({ kind: 'exam', ...p });
  for (const p of checkWorseTimes(statement, index.worseTimes)) problems.push({ kind: 'history', ...p });
  const polarity = checkPolarity(statement, section, index.mentions, index.model, index.stems);
  for (const { kind, ...p } of polarity) problems.push({ kind: kind === 'finding' ? 'exam' : 'negation', ...p });
  for (const p of checkDeclinedPlans(statement, section, index.model)) problems.push({ kind: 'negation', ...p });
  // A word the polarity check already read (in a frame: "does have clicking") is one finding, not two.
  for (const p of checkEchoedDenials(statement, section, index.deniedOnly)) if (!polarity.some((q) => q.phrase.includes(p.phrase))) problems.push({ kind: 'negation', ...p });
  for (const p of checkWithheldPlans(statement, section, index.model)) problems.push({ kind: 'plan', ...p });
  for (const p of checkAggravation(statement, section, index.model)) problems.push({ kind: 'negation', ...p });
  for (const p of checkStoppedMedications(statement, section, index.model)) problems.push({ kind: 'plan', ...p });
  for (const p of checkLiving(statement, index.living)) problems.push({ kind: 'contradiction', ...p });
  for (const p of checkFamilyHistory(statement, index.stems, index.parentSpeaks, index.model)) problems.push({ kind: 'history', ...p });
  for (const p of checkLineage(statement, index.lineage)) problems.push({ kind: 'history', ...p });
  for (const p of checkRelativesNamed(statement, index.stems, index.raw, index.parentSpeaks, index.dictated)) problems.push({ kind: 'history', ...p });
  for (const p of checkSubstances(statement, section, index.stems, index.habits)) problems.push({ kind: 'history', ...p });
  for (const p of checkOccupation(statement, section, index.stems)) problems.push({ kind: 'history', ...p });
  for (const p of checkTravel(statement, section, index.stems, index.travelTimes)) problems.push({ kind: 'history', ...p });
  for (const p of checkMaritalStatus(statement, section, index.stems)) problems.push({ kind: 'history', ...p });
  for (const p of checkPatientSex(statement, section, index.model)) problems.push({ kind: 'history', ...p });
  for (const p of checkGrades(statement, index.model)) problems.push({ kind: 'number', ...p });
  for (const p of checkMechanisms(statement, index.model)) problems.push({ kind: 'history', ...p });
  for (const p of checkPlanItems(statement, section, index.stems, index.bareScan, index.model.lines)) problems.push({ kind: 'plan', ...p });
  for (const p of checkReportedResults(statement, section, index.stems, index.model)) problems.push({ kind: 'history', ...p });
  for (const p of checkUrgency(statement, section, index.urgent)) problems.push({ kind: 'plan', ...p });
  for (const p of checkTestTiming(statement, section, index.model)) problems.push({ kind: 'plan', ...p });
  for (const p of checkWeekdays(statement, index.model)) problems.push({ kind: 'plan', ...p });
  for (const p of checkClockTimes(statement, index.model)) problems.push({ kind: section === 'plan' ? 'plan' : 'history', ...p });
  for (const p of checkContactDays(statement, section, index.model)) problems.push({ kind: 'plan', ...p });
  for (const p of checkHandDominance(statement, index.model)) problems.push({ kind: 'laterality', ...p });
  for (const p of checkSidePairs(statement, index.model)) problems.push({ kind: 'laterality', ...p });
  for (const p of checkOppositeQualifiers(statement, index.model)) problems.push({ kind: section === 'assessment' ? 'diagnosis' : 'exam', ...p });
  for (const p of checkDosingInstructions(statement, index.model)) problems.push({ kind: 'plan', ...p });
  for (const p of checkRoutes(statement, index.model)) problems.push({ kind: 'plan', ...p });
  for (const p of checkPermittedActions(statement, section, index.model)) problems.push({ kind: 'plan', ...p });
  for (const p of checkForbiddenDrugs(statement, section, index.model)) problems.push({ kind: 'plan', ...p });
  for (const p of checkAdherence(statement, index.model)) problems.push({ kind: 'contradiction', ...p });
  for (const p of checkAdviceSource(statement, index.model)) problems.push({ kind: 'contradiction', ...p });
  for (const p of checkStoppedDrugs(statement, section, index.model)) problems.push({ kind: 'contradiction', ...p });
  for (const p of checkMissedDoses(statement, index.model)) problems.push({ kind: 'contradiction', ...p });
  for (const p of checkActivities(statement, index.model)) problems.push({ kind: section === 'plan' ? 'plan' : 'history', ...p });
  for (const p of checkExerciseDose(statement, index.model)) problems.push({ kind: 'number', ...p });
  for (const p of checkWeightBearing(statement, section, index.model)) problems.push({ kind: 'plan', ...p });
  for (const p of checkCodes(statement, index.compacted, suggested)) problems.push({ kind: 'code', ...p });
  for (const p of checkAttribution(statement, index.speakers)) problems.push({ kind: 'attribution', ...p });
  const companions = checkCompanionAttribution(statement, index.model);
  // The account's own line says who told it, where the companions' wording alone is too short to tell.
  for (const p of companions.length > 0 ? companions : checkAccountTeller(statement, index.model)) problems.push({ kind: 'attribution', ...p });
  for (const p of checkInformants(statement, index.stems, index.labels)) problems.push({ kind: 'attribution', ...p });
  for (const p of checkTestPolarity(statement, index.model)) problems.push({ kind: 'exam', ...p });
  for (const p of checkPassFail(statement, index.model)) problems.push({ kind: 'exam', ...p });
  for (const p of checkContinuedDose(statement, section, index.model)) problems.push({ kind: 'number', ...p });
  return problems;
}

/**
 * Lists the statements of a note that the transcript does not support: numbers in context, medications, diagnoses,
 * allergies, sides, symptom and exam polarity, codes, statements attributed to the wrong speaker, and statements that
 * contradict each other. Facts of the clinical context (`options.context`) count as support. Codes in
 * `billing_codes` are suggestions rather than claims, so they are never flagged, even when the note text repeats them.
 * A fact the note repeats is reported once, at its first statement.
 */
export function checkGrounding(note: GroundingNoteInput, transcript: string, options: GroundingOptions = {}): GroundingFinding[] {
  const index = indexTranscriptOnce(transcript, options);
  const suggested = new Set(Object.values(note.billing_codes ?? {}).flatMap((codes) => codes.map((c) => compactCode(c.code))));
  const findings: GroundingFinding[] = [];
  const seen = new Set<string>();
  // One finding per unsupported fact: a note that says "left wrist" in four statements has one wrong side, reported
  // where it is first said.
  const add = (section: Section, statement: string, problem: Problem) => {
    const finding = { section, claim: trimClaim(statement, problem.phrase), kind: problem.kind, reason: problem.reason, lines: listLines(problem.lines ?? []) };
    const key = `${finding.kind}|${finding.reason}`;
    if (!seen.has(key)) findings.push(finding);
    seen.add(key);
  };
  // Each statement is checked in words ("R TM" → "right tympanic membrane", "x2 days" → "for 2 days"); a finding quotes it as written.
  const statements = SECTIONS.flatMap((section) => splitStatements(note[section] ?? '').map((written) => ({ section, written, text: expandNoteShorthand(written, index.said) })));
  for (const { section, text, written } of statements) for (const problem of checkStatement(text, section, index, suggested)) add(section, written, problem);
  for (const { statement, ...p } of checkSmoking(statements, index.smoking)) add(statement.section, statement.written, { kind: 'negation', ...p });
  const reported = new Set(findings.filter((f) => f.kind === 'negation').map((f) => /"([^"]+)"/.exec(f.reason)?.[1] ?? ''));
  for (const c of findContradictions(statements, index.mentions, reported)) {
    const written = statements.find((st) => st.text === c.statement.text)?.written ?? c.statement.text;
    add(c.statement.section as Section, written, { kind: 'contradiction', phrase: c.phrase, reason: c.reason, lines: c.lines });
  }
  const smokingBothWays = index.smoking.has('current') && (index.smoking.has('never') || index.smoking.has('former'));
  for (const c of findNoteContradictions(statements, new Set(smokingBothWays ? ['smoking'] : []))) {
    const written = statements.find((st) => st.text === c.statement.text)?.written ?? c.statement.text;
    add(c.statement.section as Section, written, { kind: 'contradiction', phrase: c.phrase, reason: c.reason, lines: [] });
  }
  return findings;
}
