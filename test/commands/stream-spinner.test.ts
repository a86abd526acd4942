import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { TEST_KEY } from '../helpers/emulator-env.js';
import { runSoap } from '../helpers/run-cli.js';
import { hasScript, runOnPty } from '../helpers/run-on-pty.js';

/** soap stream on a real terminal: a spinner until the first event, gone before the first byte of the note. */
const TRANSCRIPT = 'fixtures/transcripts/knee-injury.txt';
const HIDE_CURSOR = '\x1b[?25l';
const SHOW_CURSOR = '\x1b[?25h';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(() => emu.close());
beforeEach(() => {
  emu.reset();
  // The service thinks for a second before its first event: long enough for a dozen frames.
  emu.latencyMs = 1000;
});

describe.skipIf(!hasScript)('soap stream on a terminal', () => {
  it('shows a spinner on stderr until the first event, and stops it before the first byte of output', async () => {
    const r = await runOnPty(80, ['stream', TRANSCRIPT, '-s', 'physician'], { SOAPNOTEAPI_KEY: TEST_KEY, SOAPNOTEAPI_BASE_URL: emu.url, NO_COLOR: '1' });
    expect(r.code).toBe(0);
    const firstSpinner = r.output.indexOf('Waiting for the first section');
    const shown = r.output.indexOf(SHOW_CURSOR);
    const firstNote = r.output.search(/SUBJECTIVE|Patient reports/);
    expect(r.output.indexOf(HIDE_CURSOR)).toBeGreaterThanOrEqual(0);
    expect(firstSpinner).toBeGreaterThan(0);
    expect(r.output.split('Waiting for the first section').length).toBeGreaterThan(3);
    expect(firstNote).toBeGreaterThan(0);
    // The last frame and the cursor shown again, then the note: nothing of the spinner after its first byte.
    expect(r.output.lastIndexOf('Waiting for the first section')).toBeLessThan(firstNote);
    expect(shown).toBeGreaterThan(firstSpinner);
    expect(shown).toBeLessThan(firstNote);
  });

  it('shows none under --json', async () => {
    const r = await runOnPty(80, ['stream', TRANSCRIPT, '-s', 'physician', '--json'], { SOAPNOTEAPI_KEY: TEST_KEY, SOAPNOTEAPI_BASE_URL: emu.url, NO_COLOR: '1' });
    expect(r.code).toBe(0);
    expect(r.output).not.toContain(HIDE_CURSOR);
    expect(r.output).not.toContain('Waiting for the first section');
  });
});

describe('soap stream off a terminal', () => {
  it('shows no spinner when stderr is not a terminal', async () => {
    const r = await runSoap(['stream', TRANSCRIPT, '-s', 'physician'], { env: { SOAPNOTEAPI_KEY: TEST_KEY, SOAPNOTEAPI_BASE_URL: emu.url } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/SUBJECTIVE/);
  });
});
