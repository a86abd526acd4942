import { describe, expect, it } from 'vitest';
import { renderNoteMarkdown } from '../../src/export/index.js';
import { FULL_NOTE, MINIMAL_NOTE } from './fixtures.js';

describe('renderNoteMarkdown', () => {
  it('renders every part of a full note', () => {
    expect(renderNoteMarkdown(FULL_NOTE)).toMatchInlineSnapshot(`
      "# SOAP note

      ## Subjective

      Right knee pain for 3 weeks after a soccer injury.

      Takes lisinopril 10 mg daily.

      ## Objective

      BP 130/85 mmHg, HR 72 bpm.

      Swelling of the right knee.

      ## Assessment

      Medial meniscus strain, right knee.

      ## Plan

      - X-ray of the right knee.
      - Ibuprofen 400 mg TID for 2 weeks.

      ## Billing codes

      | System | Code | Description |
      | --- | --- | --- |
      | ICD-10 | S83.241A | Other tear of medial meniscus, current injury, right knee, initial encounter |
      | ICD-10 | I10 | Essential (primary) hypertension |
      | CPT | 99213 | Office visit, established patient, low complexity |

      > Codes are suggestions only; verify before billing.

      ## Patient summary

      You hurt the inside of your right knee. Rest it and take ibuprofen for two weeks.

      ---

      _Note ID: note_abc123 · Provider: soapnoteapi · Expires: 2030-01-01T00:00:00Z_
      "
    `);
  });

  it('leaves out codes, summary and footer when absent, and marks empty sections', () => {
    expect(renderNoteMarkdown(MINIMAL_NOTE)).toMatchInlineSnapshot(`
      "# SOAP note

      ## Subjective

      Cough for 2 days.

      ## Objective

      _Not documented._

      ## Assessment

      Viral upper respiratory infection.

      ## Plan

      Fluids and rest.
      "
    `);
  });

  it('always shows a disclaimer with codes, even when the provider sent none', () => {
    const markdown = renderNoteMarkdown({ ...MINIMAL_NOTE, billing_codes: { cpt: [{ code: '99212', description: 'Visit | short' }] } });
    expect(markdown).toContain('| CPT | 99212 | Visit \\| short |');
    expect(markdown).toContain('> Recommended codes for review. Not a substitute for professional coding. Verify all codes before submission.');
  });
});
