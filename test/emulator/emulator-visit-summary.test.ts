import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from './index.js';
import { callApi, readError, readObject } from './emulator-test-client.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(async () => {
  await emu.close();
});

const request = {
  patient_info: { name: 'Jane Doe', age: 62 },
  focus: 'diabetes management',
  visits: [
    {
      visit_date: '2026-01-10',
      provider: 'Dr. Smith',
      summary: 'Routine follow-up. A1C 7.8%, up from 7.2%. Blood pressure well controlled; essential hypertension (I10).',
    },
    {
      visit_date: '2026-02-15',
      provider: 'Dr. Smith',
      soap_note: {
        assessment: 'E11.65 Type 2 DM with hyperglycemia',
        plan: 'Increased Metformin to 1000mg BID. Recheck A1C in 3 months.',
      },
    },
    { visit_date: '2025-12-01', soap_note: { subjective: 'Fatigue and thirst.', assessment: 'E11.65 Type 2 diabetes' } },
  ],
};

describe('POST /v1/visit-summary', () => {
  it('derives summary, key findings (newest first) and active diagnoses from the visits', async () => {
    const answer = await callApi(emu, '/v1/visit-summary', { json: request });
    expect(answer.status).toBe(200);
    const body = readObject(answer);
    const summary = String(body.summary);
    for (const part of ['3 visits', '2025-12-01', '2026-02-15', 'diabetes management', 'Jane Doe', '62']) {
      expect(summary).toContain(part);
    }
    const findings = body.key_findings as string[];
    expect(findings).toHaveLength(3);
    expect(findings[0]).toContain('2026-02-15');
    expect(findings[0]).toContain('Metformin');
    expect(findings[1]).toContain('A1C 7.8%');
    expect(findings[2]).toContain('2025-12-01');
    expect(body.active_diagnoses).toEqual([
      { code: 'E11.65', description: 'Type 2 DM with hyperglycemia' },
      { code: 'I10', description: 'essential hypertension' },
    ]);
  });

  it('describes a single visit and a patient without details', async () => {
    const answer = await callApi(emu, '/v1/visit-summary', {
      json: { visits: [{ visit_date: '2026-03-01', summary: 'Doing well, no codes here.' }] },
    });
    const body = readObject(answer);
    expect(body.summary).toContain('1 visit on 2026-03-01');
    expect(body.active_diagnoses).toEqual([]);
  });

  const invalid: [string, unknown, string][] = [
    ['no visits', {}, 'visits'],
    ['visits not an array', { visits: {} }, 'visits'],
    ['empty visits', { visits: [] }, 'visits'],
    ['missing date', { visits: [{ visit_date: '2026-01-01', summary: 'ok' }, { summary: 'x' }] }, 'visits[1].visit_date'],
    ['bad date', { visits: [{ visit_date: '2026-02-30', summary: 'x' }] }, 'visits[0].visit_date'],
    ['date-time', { visits: [{ visit_date: '15/02/2026', summary: 'x' }] }, 'visits[0].visit_date'],
    ['no content', { visits: [{ visit_date: '2026-01-01', provider: 'Dr. A' }] }, 'visits[0]'],
    ['bad soap note', { visits: [{ visit_date: '2026-01-01', soap_note: { plan: 3 } }] }, 'visits[0].soap_note.plan'],
    ['bad age', { patient_info: { age: '62' }, visits: [{ visit_date: '2026-01-01', summary: 'x' }] }, 'patient_info.age'],
    ['bad focus', { focus: 4, visits: [{ visit_date: '2026-01-01', summary: 'x' }] }, 'focus'],
  ];
  it.each(invalid)('rejects %s naming %s', async (_label, json, path) => {
    const answer = await callApi(emu, '/v1/visit-summary', { json });
    expect(answer.status).toBe(400);
    const error = readError(answer);
    expect(error.code).toBe('VALIDATION_ERROR');
    expect(error.message.startsWith(`${path} `)).toBe(true);
  });
});
