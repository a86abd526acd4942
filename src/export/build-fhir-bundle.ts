import { deriveUuid, digestContent } from './deterministic-uuid.js';
import type { Bundle, BundleEntry, BundleResource, Composition, CompositionSection, Reference } from './fhir-r4-types.js';
import { buildAuthorDevice, buildPatient, buildSuggestedCondition, ICD10_CM, ICD11_MMS, SYSTEM_NOTE_ID, type DiagnosisSystem, type PatientOption } from './fhir-resources.js';
import { describeDisclaimer, listCodeRows } from './note-input.js';
import { ICD11_ADVISORY, isCodeSystem, listCodeSystems, type NoteLike } from '../note/index.js';
import { SECTIONS, SECTION_TITLES, type Section as SoapSection } from '../note/index.js';
import { escapeXhtml, renderNarrativeDiv } from './xhtml.js';

export interface FhirExportOptions {
  patient?: PatientOption;
  /** Bundle timestamp and Composition date, in place of the note's own date (see readNoteDate). */
  now?: Date;
  /** A server base ("https://fhir.example.org/fhir"): fullUrls become `<base>/<Type>/<id>` instead of `urn:uuid:`. */
  fullUrlBase?: string;
}

const LOINC = 'http://loinc.org';
const SECTION_CODES: Readonly<Record<SoapSection, { code: string; display: string }>> = {
  subjective: { code: '61150-9', display: 'Subjective Narrative' },
  objective: { code: '61149-1', display: 'Objective Narrative' },
  assessment: { code: '51848-0', display: 'Evaluation note' },
  plan: { code: '18776-5', display: 'Plan of care note' },
};

function buildSection(note: NoteLike, key: SoapSection, title: string, entries: Reference[]): CompositionSection {
  const text = note[key]?.trim() ?? '';
  const section: CompositionSection = { title, code: { coding: [{ system: LOINC, ...SECTION_CODES[key] }], text: title } };
  if (text) section.text = { status: 'generated', div: renderNarrativeDiv(text) };
  if (entries.length) section.entry = entries;
  // cmp-1: a section needs text, entries or subsections; an empty one says why it is empty instead.
  if (!text && !entries.length) {
    section.emptyReason = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/list-empty-reason', code: 'unavailable', display: 'Unavailable' }] };
  }
  return section;
}

/** The suggested code systems that become provisional Conditions; every other system is listed, not coded. */
const DIAGNOSIS_SYSTEMS: ReadonlyArray<{ id: 'icd10' | 'icd11'; system: DiagnosisSystem }> = [
  { id: 'icd10', system: { uri: ICD10_CM, label: 'ICD-10-CM' } },
  { id: 'icd11', system: { uri: ICD11_MMS, label: 'ICD-11', caveat: ICD11_ADVISORY } },
];

/** Every suggested code of every system (CPT, HCPCS… included), as a narrative table with the disclaimer. */
function buildBillingSection(note: NoteLike, disclaimer: string): CompositionSection | undefined {
  const { rows, advisory } = listCodeRows(note.billing_codes);
  if (rows.length === 0) return undefined;
  const cells = rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeXhtml(cell)}</td>`).join('')}</tr>`).join('');
  const notes = [disclaimer, ...(advisory ? [ICD11_ADVISORY] : [])].map((n) => `<p>${escapeXhtml(n)}</p>`).join('');
  return {
    title: 'Billing codes (suggested)',
    text: {
      status: 'generated',
      div: `<div xmlns="http://www.w3.org/1999/xhtml"><table><thead><tr><th>System</th><th>Code</th><th>Description</th></tr></thead><tbody>${cells}</tbody></table>${notes}</div>`,
    },
  };
}

/** The fields a note may carry its own date in: a service's creation time, else the visit's day. */
const DATE_FIELDS = ['created_at', 'createdAt', 'created', 'date', 'visit_date'] as const;

/** When no date is known: the epoch, a fixed value that says so, rather than the time of the export (which would
 * make every export of the same note differ). */
export const UNKNOWN_DATE = '1970-01-01T00:00:00.000Z';

/**
 * The note's own date, so the same note always gives the same Bundle: the first of its `created_at`, `createdAt`,
 * `created`, `date` or `visit_date` fields that is a real date (SOAPNoteAPI's creation time; a visits file's day),
 * else UNKNOWN_DATE. Not `expires_at`: that is when the service forgets it, not when it was written.
 */
export function readNoteDate(note: NoteLike): string {
  const fields = note as Record<string, unknown>;
  for (const field of DATE_FIELDS) {
    const value = fields[field];
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) continue;
    const time = Date.parse(value);
    if (!Number.isNaN(time)) return new Date(time).toISOString();
  }
  return UNKNOWN_DATE;
}

/** Every resource gets a UUID derived from the note's key and its role, so ids never change between exports. */
function makeLinker(noteKey: string, base: string | undefined) {
  return (type: BundleResource['resourceType'], role: string) => {
    const id = deriveUuid(`${noteKey}/${type}/${role}`);
    const root = base?.replace(/\/+$/, '');
    return root
      ? { id, fullUrl: `${root}/${type}/${id}`, reference: `${type}/${id}` }
      : { id, fullUrl: `urn:uuid:${id}`, reference: `urn:uuid:${id}` };
  };
}

/**
 * The note as a FHIR R4 document Bundle: a Composition first (status `preliminary`, because a machine draft is not a
 * clinician-attested note until someone reviews and signs it), then the Device that authored it, the Patient when
 * one is given, and one provisional Condition per ICD-10 or ICD-11 suggestion, referenced from the Assessment
 * section. Every suggested code, of any system, is also listed with the disclaimer in a sub-section of the
 * Assessment (the top-level sections stay the four SOAP ones, each with its LOINC code).
 */
export function buildFhirBundle(note: NoteLike, options: FhirExportOptions = {}): Bundle {
  const now = options.now?.toISOString() ?? readNoteDate(note);
  const noteKey = note.noteId?.trim() || `content:${digestContent([note.subjective ?? '', note.objective ?? '', note.assessment ?? '', note.plan ?? ''])}`;
  const link = makeLinker(noteKey, options.fullUrlBase);
  const entries: BundleEntry[] = [];

  const device = link('Device', 'author');
  const author: Reference = { reference: device.reference, display: note.provider ? `soap via ${note.provider}` : 'soap' };
  const patient = options.patient ? link('Patient', 'subject') : undefined;
  // Condition.subject is required; without a patient it can only describe, not point to, the subject.
  const subject: Reference = patient
    ? { reference: patient.reference, ...(options.patient?.name?.trim() ? { display: options.patient.name.trim() } : {}) }
    : { display: 'Patient not identified in this export' };

  const disclaimer = describeDisclaimer(note);
  const systems = listCodeSystems(note.billing_codes);
  const conditions = DIAGNOSIS_SYSTEMS.flatMap(({ id, system }) =>
    systems
      .filter((s) => isCodeSystem(s, id))
      .flatMap((s) => s.codes)
      .map((code, i) => {
        const ids = link('Condition', `${id}/${i}/${code.code}`);
        return { ids, resource: buildSuggestedCondition(ids.id, code, system, subject, author, disclaimer) };
      }),
  );
  const billing = buildBillingSection(note, disclaimer);

  const composition = link('Composition', 'note');
  const compositionResource: Composition = {
    resourceType: 'Composition',
    id: composition.id,
    text: {
      status: 'generated',
      div: `<div xmlns="http://www.w3.org/1999/xhtml"><p>SOAP note drafted by ${escapeXhtml(author.display ?? 'soap')}; preliminary, not reviewed by a clinician.</p>${now === UNKNOWN_DATE ? '<p>The note carries no date: its date is given as 1970-01-01, meaning unknown.</p>' : ''}</div>`,
    },
    ...(note.noteId ? { identifier: { system: SYSTEM_NOTE_ID, value: note.noteId } } : {}),
    status: 'preliminary',
    type: { coding: [{ system: LOINC, code: '11506-3', display: 'Progress note' }], text: 'Progress note' },
    ...(patient ? { subject } : {}),
    date: now,
    author: [author],
    title: 'SOAP note',
    section: SECTIONS.map((key) => {
      if (key !== 'assessment') return buildSection(note, key, SECTION_TITLES[key], []);
      const { emptyReason, ...assessment } = buildSection(note, key, SECTION_TITLES[key], conditions.map((c) => ({ reference: c.ids.reference })));
      // An Assessment with codes listed under it is not empty.
      return billing ? { ...assessment, section: [billing] } : { ...assessment, ...(emptyReason ? { emptyReason } : {}) };
    }),
  };

  entries.push({ fullUrl: composition.fullUrl, resource: compositionResource });
  entries.push({ fullUrl: device.fullUrl, resource: buildAuthorDevice(device.id, note.provider) });
  if (patient && options.patient) entries.push({ fullUrl: patient.fullUrl, resource: buildPatient(patient.id, options.patient) });
  for (const c of conditions) entries.push({ fullUrl: c.ids.fullUrl, resource: c.resource });

  // The Bundle's id is a digest of everything in it: the same note gives the same id, any change a new one (a note
  // revised under the same note id keeps its Composition's id, as a new version of that resource).
  const bundleId = deriveUuid(`${noteKey}/Bundle/${digestContent([JSON.stringify({ timestamp: now, entry: entries })])}`);
  return {
    resourceType: 'Bundle',
    id: bundleId,
    // bdl-9: a document needs an identifier with system and value.
    identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${bundleId}` },
    type: 'document',
    timestamp: now,
    entry: entries,
  };
}

/** The document Bundle as pretty-printed JSON, ready to POST with `Content-Type: application/fhir+json`. */
export function renderFhirJson(note: NoteLike, options: FhirExportOptions = {}): string {
  return `${JSON.stringify(buildFhirBundle(note, options), null, 2)}\n`;
}
