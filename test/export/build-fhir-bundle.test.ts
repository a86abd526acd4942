import { describe, expect, it } from 'vitest';
import { buildFhirBundle, renderFhirJson, type fhir4 } from '../../src/export/index.js';
import { deriveUuid } from '../../src/export/deterministic-uuid.js';
import { checkXhtml, documentBundleSchema, type DocumentBundle } from './fhir-r4-schema.js';
import { FULL_NOTE, MINIMAL_NOTE, NOW } from './fixtures.js';

const PATIENT = { name: 'Alex Example', age: 58, gender: 'M' };

function validateBundle(bundle: fhir4.Bundle): DocumentBundle {
  const result = documentBundleSchema.safeParse(bundle);
  if (!result.success) throw new Error(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  return result.data;
}

function findResources<T extends fhir4.BundleResource['resourceType']>(bundle: fhir4.Bundle, type: T) {
  return (bundle.entry ?? []).map((e) => e.resource).filter((r): r is Extract<fhir4.BundleResource, { resourceType: T }> => r?.resourceType === type);
}

function getComposition(bundle: fhir4.Bundle): fhir4.Composition {
  const first = bundle.entry?.[0]?.resource;
  if (first?.resourceType !== 'Composition') throw new Error('first entry is not a Composition');
  return first as fhir4.Composition;
}

describe('buildFhirBundle', () => {
  it('builds a valid R4 document bundle, with and without a patient, codes or note id', () => {
    validateBundle(buildFhirBundle(FULL_NOTE, { patient: PATIENT, now: NOW }));
    validateBundle(buildFhirBundle(FULL_NOTE, { now: NOW }));
    validateBundle(buildFhirBundle(MINIMAL_NOTE, { now: NOW }));
    validateBundle(buildFhirBundle(FULL_NOTE, { patient: PATIENT, now: NOW, fullUrlBase: 'https://fhir.example.org/fhir/' }));
  });

  it('carries the four SOAP sections with their LOINC codes and a progress-note type', () => {
    const doc = getComposition(buildFhirBundle(FULL_NOTE, { now: NOW }));
    expect(doc.status).toBe('preliminary');
    expect(doc.type.coding?.[0]).toEqual({ system: 'http://loinc.org', code: '11506-3', display: 'Progress note' });
    expect(doc.section?.map((s) => [s.title, s.code?.coding?.[0]?.code])).toEqual([
      ['Subjective', '61150-9'],
      ['Objective', '61149-1'],
      ['Assessment', '51848-0'],
      ['Plan', '18776-5'],
    ]);
    expect(doc.section?.[0]?.text).toEqual({
      status: 'generated',
      div: '<div xmlns="http://www.w3.org/1999/xhtml"><p>Right knee pain for 3 weeks after a soccer injury.</p><p>Takes lisinopril 10 mg daily.</p></div>',
    });
    expect(doc.identifier).toEqual({ system: 'urn:soap:note-id', value: 'note_abc123' });
    expect(doc.date).toBe('2025-03-04T05:06:07.000Z');
  });

  it('attributes the note to a Device named after the provider', () => {
    const bundle = buildFhirBundle(FULL_NOTE, { now: NOW });
    const [device] = findResources(bundle, 'Device');
    expect(device?.deviceName).toEqual([{ name: 'soap via soapnoteapi', type: 'user-friendly-name' }]);
    expect(device?.identifier).toEqual([{ system: 'urn:soap:provider', value: 'soapnoteapi' }]);
    expect(getComposition(bundle).author[0]?.reference).toBe(bundle.entry?.[1]?.fullUrl);
  });

  it('turns each ICD-10 suggestion into a provisional Condition referenced from the Assessment', () => {
    const bundle = buildFhirBundle(FULL_NOTE, { patient: PATIENT, now: NOW });
    const conditions = findResources(bundle, 'Condition');
    expect(conditions.map((c) => c.code?.coding?.[0]?.code)).toEqual(['S83.241A', 'I10']);
    for (const c of conditions) {
      expect(c.verificationStatus?.coding?.[0]?.code).toBe('provisional');
      expect(c.code?.coding?.[0]?.system).toBe('http://hl7.org/fhir/sid/icd-10-cm');
      expect(c.meta?.tag?.[0]?.code).toBe('machine-suggestion');
      expect(c.note?.[0]?.text).toContain('Codes are suggestions only; verify before billing.');
    }
    const assessment = getComposition(bundle).section?.find((s) => s.title === 'Assessment');
    const conditionUrls = (bundle.entry ?? []).filter((e) => e.resource?.resourceType === 'Condition').map((e) => e.fullUrl);
    expect(assessment?.entry?.map((r) => r.reference)).toEqual(conditionUrls);
  });

  it('adds a Patient only when one is given, with FHIR gender and no invented birth date', () => {
    const without = buildFhirBundle(FULL_NOTE, { now: NOW });
    expect(findResources(without, 'Patient')).toEqual([]);
    expect(getComposition(without).subject).toBeUndefined();
    expect(findResources(without, 'Condition')[0]?.subject).toEqual({ display: 'Patient not identified in this export' });

    const withPatient = buildFhirBundle(FULL_NOTE, { patient: PATIENT, now: NOW });
    const [patient] = findResources(withPatient, 'Patient');
    expect(patient).toMatchObject({ name: [{ use: 'usual', text: 'Alex Example' }], gender: 'male' });
    expect(patient?.birthDate).toBeUndefined();
    expect(patient?.text?.div).toContain('Age: 58 years');
    expect(getComposition(withPatient).subject?.reference).toBe(`urn:uuid:${patient?.id}`);
  });

  it('escapes < and & in narratives so the XHTML stays well-formed', () => {
    const note = { ...MINIMAL_NOTE, assessment: 'Glucose <70 & falling; "hypo" <script>alert(1)</script>' };
    const div = getComposition(buildFhirBundle(note, { now: NOW })).section?.[2]?.text?.div ?? '';
    expect(div).toBe(
      '<div xmlns="http://www.w3.org/1999/xhtml"><p>Glucose &lt;70 &amp; falling; &quot;hypo&quot; &lt;script&gt;alert(1)&lt;/script&gt;</p></div>',
    );
    expect(checkXhtml(div)).toBeNull();
    expect(checkXhtml('<div xmlns="http://www.w3.org/1999/xhtml"><p>a < b & c</p></div>')).not.toBeNull();
  });

  it('gives an empty section an emptyReason instead of empty text (cmp-1)', () => {
    const objective = getComposition(buildFhirBundle(MINIMAL_NOTE, { now: NOW })).section?.[1];
    expect(objective?.text).toBeUndefined();
    expect(objective?.emptyReason?.coding?.[0]?.code).toBe('unavailable');
  });

  it('is deterministic: same note and time give byte-identical JSON, ids derive from the note id', () => {
    expect(renderFhirJson(FULL_NOTE, { patient: PATIENT, now: NOW })).toBe(renderFhirJson(FULL_NOTE, { patient: PATIENT, now: NOW }));
    const a = buildFhirBundle(FULL_NOTE, { now: NOW });
    const b = buildFhirBundle({ ...FULL_NOTE, noteId: 'note_other' }, { now: NOW });
    expect(a.entry?.[0]?.fullUrl).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(a.entry?.[0]?.fullUrl).not.toBe(b.entry?.[0]?.fullUrl);
    // Notes without an id still get stable ids, from their content.
    expect(buildFhirBundle(MINIMAL_NOTE, { now: NOW }).entry?.[0]?.fullUrl).toBe(buildFhirBundle({ ...MINIMAL_NOTE }, { now: NOW }).entry?.[0]?.fullUrl);
  });

  it('gives the same note the same bytes with no time passed in, and a changed note a different Bundle id', () => {
    const first = renderFhirJson(FULL_NOTE, { patient: PATIENT });
    expect(renderFhirJson(structuredClone(FULL_NOTE), { patient: PATIENT })).toBe(first);
    const bundle = buildFhirBundle(FULL_NOTE);
    const revised = buildFhirBundle({ ...FULL_NOTE, plan: `${FULL_NOTE.plan}\n- Crutches.` });
    expect(revised.id).not.toBe(bundle.id);
    expect(revised.identifier?.value).toBe(`urn:uuid:${revised.id}`);
    // The same note id: the Composition keeps its id (a new version of it), the Bundle does not.
    expect(getComposition(revised).id).toBe(getComposition(bundle).id);
    expect(buildFhirBundle({ ...FULL_NOTE, billing_codes: {} }).id).not.toBe(bundle.id);
    expect(buildFhirBundle(FULL_NOTE, { patient: PATIENT }).id).not.toBe(bundle.id);
    expect(buildFhirBundle({ ...MINIMAL_NOTE, assessment: 'Allergic rhinitis.' }).id).not.toBe(buildFhirBundle(MINIMAL_NOTE).id);
  });

  it("dates the bundle from the note's own date field, else 1970-01-01 said to mean unknown, never the export's time", () => {
    expect(buildFhirBundle({ ...FULL_NOTE, created_at: '2026-03-19T15:30:00.000Z' } as typeof FULL_NOTE).timestamp).toBe('2026-03-19T15:30:00.000Z');
    const visit = buildFhirBundle({ ...MINIMAL_NOTE, visit_date: '2026-02-15' } as typeof MINIMAL_NOTE);
    expect(visit.timestamp).toBe('2026-02-15T00:00:00.000Z');
    expect(getComposition(visit).date).toBe('2026-02-15T00:00:00.000Z');
    // expires_at is when the service forgets the note, not when it was written.
    const undated = buildFhirBundle(FULL_NOTE);
    expect(undated.timestamp).toBe('1970-01-01T00:00:00.000Z');
    expect(getComposition(undated).text?.div).toContain('meaning unknown');
    expect(getComposition(visit).text?.div).not.toContain('unknown');
    expect(buildFhirBundle({ ...MINIMAL_NOTE, created_at: 'yesterday' } as typeof MINIMAL_NOTE).timestamp).toBe('1970-01-01T00:00:00.000Z');
    validateBundle(undated);
    validateBundle(visit);
  });

  it('uses server-style fullUrls and relative references when given a base', () => {
    const bundle = buildFhirBundle(FULL_NOTE, { now: NOW, fullUrlBase: 'https://fhir.example.org/fhir/' });
    const device = bundle.entry?.[1];
    expect(device?.fullUrl).toBe(`https://fhir.example.org/fhir/Device/${device?.resource?.id}`);
    expect(getComposition(bundle).author[0]?.reference).toBe(`Device/${device?.resource?.id}`);
  });

  it('rejects broken bundles in the schema (the schema is not a rubber stamp)', () => {
    const bundle = buildFhirBundle(FULL_NOTE, { now: NOW });
    const reordered = { ...bundle, entry: [...(bundle.entry ?? [])].reverse() };
    expect(() => validateBundle(reordered)).toThrow('bdl-11: first entry must be a Composition');
    const dangling = structuredClone(bundle);
    getComposition(dangling).author = [{ reference: 'urn:uuid:00000000-0000-0000-0000-000000000000' }];
    expect(() => validateBundle(dangling)).toThrow('does not resolve inside the bundle');
    expect(() => validateBundle({ ...bundle, timestamp: undefined })).toThrow('timestamp');
    const draftless = structuredClone(bundle);
    (getComposition(draftless) as { status?: string }).status = 'draft';
    expect(() => validateBundle(draftless)).toThrow('status');
    const orphan = structuredClone(bundle);
    delete (orphan.entry?.[2]?.resource as { subject?: unknown }).subject;
    expect(() => validateBundle(orphan)).toThrow('subject');
  });
});

describe('deriveUuid', () => {
  it('is an RFC 4122 version-5 UUID (matches the published DNS-namespace example)', () => {
    expect(deriveUuid('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
});
