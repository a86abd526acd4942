import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/text/scrubber.js';

/**
 * The scrubber on its own: what a hostile or careless service may say back, and what must be left of it. The
 * end-to-end cases (every endpoint, batches, --debug) are in test/reliability/secrets-and-patient-data.test.ts.
 */

const SNAPI_KEY = 'snapi_sk_test_Sntnl7QxKeyA1b2C3';
const AAI_KEY = '0d1e2f3a4b5c6d7e8f90a1b2c3d4e5f6';
const OPENAI_KEY = 'sk-proj-Sntnl7QxOpenAiKey998877';
const TRANSCRIPT = [
  '[doctor] Good morning Zebulon Quixote-Marlowe, what brings you in today?',
  '[patient] My right knee has been swollen since I fell off my bicycle on Tuesday.',
  '[doctor] Any numbness? Your record number is ZQM19840212XA7734KNEEROUTE by the way.',
].join('\n');

interface Row {
  name: string;
  message: string;
  /** Exactly what is printed. */
  expected: string;
}

const KEY_ROWS: Row[] = [
  { name: 'the whole key, its public prefix kept', message: `Invalid API key ${SNAPI_KEY}`, expected: 'Invalid API key snapi_sk_test_[…]' },
  { name: 'the key after "Bearer"', message: `Authorization header "Bearer ${OPENAI_KEY}" was refused`, expected: 'Authorization header "Bearer sk-[…]" was refused' },
  { name: 'a key with no prefix', message: `key ${AAI_KEY} is not valid`, expected: 'key […] is not valid' },
  { name: 'the first 10 characters of the key', message: `key starting ${SNAPI_KEY.slice(0, 24)} was revoked`, expected: 'key starting snapi_sk_test_[…] was revoked' },
  { name: 'a piece from the middle of the key', message: `token …${AAI_KEY.slice(9, 21)}… expired`, expected: 'token …[…]… expired' },
  { name: 'the key inside JSON', message: `{"api_key":"${SNAPI_KEY}","valid":false}`, expected: '{"api_key":"snapi_sk_test_[…]","valid":false}' },
  { name: 'seven characters (fewer than the window) stay', message: `key ending in ${SNAPI_KEY.slice(-7)}`, expected: `key ending in ${SNAPI_KEY.slice(-7)}` },
  { name: 'the public prefix alone stays (our hints name it)', message: 'keys start with snapi_sk_test_ or snapi_sk_live_', expected: 'keys start with snapi_sk_test_ or snapi_sk_live_' },
  { name: 'a message with no key is untouched', message: 'SOAPNoteAPI 401 UNAUTHORIZED: Invalid API key', expected: 'SOAPNoteAPI 401 UNAUTHORIZED: Invalid API key' },
];

const TEXT_ROWS: Row[] = [
  {
    name: 'a sentence of the transcript',
    message: 'Unprocessable: could not read "My right knee has been swollen since I fell"',
    expected: 'Unprocessable: could not read "[…]"',
  },
  {
    name: 'four words in a row, another case and spacing',
    message: 'error near: RIGHT   KNEE HAS\nBEEN (line 2)',
    expected: 'error near: […] (line 2)',
  },
  {
    name: 'the request body quoted as escaped JSON',
    message: 'bad body: {\\"transcript\\":\\"[doctor] Good morning Zebulon Quixote-Marlowe, what brings you in today?\\n[patient] My right knee',
    expected: 'bad body: {\\"transcript\\":\\"[…]',
  },
  { name: 'a quoted name (two words)', message: 'patient_info.name "Zebulon Quixote-Marlowe" is not allowed', expected: 'patient_info.name "[…]" is not allowed' },
  { name: 'a quoted name in single quotes', message: "value 'Quixote-Marlowe, what' rejected", expected: "value '[…]' rejected" },
  { name: 'a long run with few words (24+ characters)', message: 'unknown id ZQM19840212XA7734KNEEROUTE', expected: 'unknown id […]' },
  { name: 'three ordinary words in a row stay', message: 'the right knee is not a field', expected: 'the right knee is not a field' },
  { name: 'a quoted single word stays', message: 'unknown specialty "bicycle"', expected: 'unknown specialty "bicycle"' },
  { name: 'a message sharing nothing is untouched', message: 'Request validation failed. (request id req_12)', expected: 'Request validation failed. (request id req_12)' },
  {
    name: 'two quotes apart by punctuation become one',
    message: 'fields: "Good morning Zebulon Quixote-Marlowe", "My right knee has been swollen"; fix them',
    expected: 'fields: "[…]"; fix them',
  },
];

function scrubberWithAll() {
  const scrubber = createScrubber();
  for (const key of [SNAPI_KEY, AAI_KEY, OPENAI_KEY]) scrubber.addSecret(key);
  scrubber.addText(TRANSCRIPT);
  return scrubber;
}

describe('scrubbing a service message of the key and the input', () => {
  it.for([...KEY_ROWS, ...TEXT_ROWS].map((r) => [r.name, r] as const))('%s', ([, row]) => {
    const scrubber = scrubberWithAll();
    const once = scrubber.scrub(row.message);
    expect(once).toBe(row.expected);
    // Scrubbed twice (in place, then where it is printed) it stays the same.
    expect(scrubber.scrub(once)).toBe(once);
    for (const key of [SNAPI_KEY, AAI_KEY, OPENAI_KEY]) {
      const body = key.replace(/^(snapi_sk_test_|sk-)/, '');
      for (let at = 0; at + 8 <= body.length; at++) expect(once).not.toContain(body.slice(at, at + 8));
    }
  });

  it('forgets a text once its request is done; keys stay for the run', () => {
    const scrubber = createScrubber();
    scrubber.addSecret(SNAPI_KEY);
    const release = scrubber.addText(TRANSCRIPT);
    const quote = 'could not read "My right knee has been swollen"';
    expect(scrubber.scrub(quote)).toBe('could not read "[…]"');
    release();
    expect(scrubber.scrub(quote)).toBe(quote);
    expect(scrubber.scrub(`bad key ${SNAPI_KEY}`)).toBe('bad key snapi_sk_test_[…]');
  });

  it('a key shorter than the window is left (it cannot show 8 characters of itself)', () => {
    const scrubber = createScrubber();
    scrubber.addSecret('sk-local');
    expect(scrubber.scrub('key sk-local refused')).toBe('key sk-local refused');
  });

  it('scrubs an error in place: message, stack and cause', () => {
    const scrubber = scrubberWithAll();
    const cause = new Error(`upstream said ${AAI_KEY}`);
    const err = new Error('422: "My right knee has been swollen since I fell"', { cause });
    scrubber.scrubError(err);
    expect(err.message).toBe('422: "[…]"');
    expect(err.stack).not.toContain('swollen');
    expect(cause.message).toBe('upstream said […]');
    expect(cause.stack).not.toContain(AAI_KEY.slice(0, 8));
  });

  it('a whole 1 MiB transcript echoed back becomes one marker', () => {
    const base = readFileSync('fixtures/transcripts/knee-injury.txt', 'utf8');
    let big = '';
    for (let i = 0; big.length < 1024 * 1024; i++) big += `${base}\n[visit ${i}]\n`;
    const scrubber = createScrubber();
    scrubber.addText(big);
    expect(scrubber.scrub(`422 Unprocessable: "${big.trimEnd()}"`)).toBe('422 Unprocessable: "[…]"');
  });
});
