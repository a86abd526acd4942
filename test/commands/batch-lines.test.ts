import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSoap } from '../helpers/run-cli.js';
import { useEmulator } from '../helpers/emulator-env.js';

/**
 * Issue 13, class 9 (batch lines): every failure line of a batch ends with a newline, and control characters in
 * file names are shown escaped in every line soap prints, so a name cannot clear the screen, split a line or a
 * report line, or show itself reversed.
 */
const { env } = useEmulator();
const TRANSCRIPT = readFileSync('fixtures/transcripts/knee-injury.txt', 'utf8');
const S = ['-s', 'physician'];
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'soap-lines-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('batch failure lines', () => {
  it('one line per failure, each ending with a newline, then the summary on its own line', async () => {
    const dir = folder({ 'a.txt': 'too short', 'b.txt': 'also too short', 'c.txt': 'short again', 'd.txt': TRANSCRIPT });
    const r = await runSoap(['note', dir, ...S, '--json'], { env: env() });
    expect(r.code).toBe(5);
    const lines = r.stderr.split('\n');
    expect(lines.filter((l) => l.startsWith('✗ '))).toHaveLength(3);
    expect(lines.filter((l) => l.includes('✗')).every((l) => l.indexOf('✗') === 0 && l.lastIndexOf('✗') === 0)).toBe(true);
    expect(lines.at(-2)).toMatch(/^soap: 1 ok, 0 skipped, 3 failed of 4 in /);
    expect(r.stderr.endsWith('\n')).toBe(true);
  });
});

describe('control characters in file names, escaped in every line', () => {
  const NAMES: [string, string, string][] = [
    ['an escape sequence that clears the screen', 'visit\u001b[2J.txt', 'visit\\x1b[2J.txt'],
    ['a newline', 'two\nlines.txt', 'two\\nlines.txt'],
    ['a carriage return', 'over\rwrite.txt', 'over\\rwrite.txt'],
    ['a bell and a backspace', 'ding\u0007\u0008.txt', 'ding\\x07\\x08.txt'],
    ['a right-to-left override', 'evil\u202etxt.exe.txt', 'evil\\u202etxt.exe.txt'],
    ['a C1 control (CSI)', 'c1\u009b2J.txt', 'c1\\x9b2J.txt'],
  ];

  it.for(NAMES)('%s: the failure line, the summary and the report', async ([, name, shown]) => {
    const dir = folder({ [name]: 'far too short', 'good.txt': TRANSCRIPT });
    const report = join(mkdtempSync(join(tmpdir(), 'soap-lines-report-')), `r${name.slice(0, 5)}.ndjson`);
    const r = await runSoap(['note', dir, ...S, '--json', '--report', report], { env: env() });
    expect(r.code).toBe(5);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    const failure = r.stderr.split('\n').filter((l) => l.startsWith('✗ '));
    expect(failure).toHaveLength(1);
    expect(failure[0]).toContain(shown);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(2); // the failure and the summary: nothing split
    const lines = readFileSync(report, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => (JSON.parse(l) as { input: string }).input)).toContain(join(dir, name));
  });

  it('the "==> name <==" headers of text notes on stdout', async () => {
    const dir = folder({ 'visit\u001b[2J.txt': TRANSCRIPT, 'plain.txt': TRANSCRIPT });
    const r = await runSoap(['note', dir, ...S], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    const headers = r.stdout.split('\n').filter((l) => l.startsWith('==> '));
    expect(headers).toHaveLength(2);
    expect(headers.join('\n')).toContain('visit\\x1b[2J.txt <==');
    expect(headers.join('\n')).not.toMatch(RAW_CONTROL);
  });

  it.for([
    ['a missing transcript (single run)', (d: string) => ['note', join(d, 'gone\u001b[31m.txt'), ...S], /gone\\x1b\[31m\.txt: no such file/],
    ['a missing input of a batch', (d: string) => ['note', join(d, 'ok.txt'), join(d, 'gone\u001b]0;pwned\u0007.txt'), ...S, '--json'], /gone\\x1b\]0;pwned\\x07\.txt: no such file/],
    ['--report whose folder is missing', (d: string) => ['note', d, ...S, '--report', join(d, 'no\u001b[2Jdir', 'r.ndjson')], /no\\x1b\[2Jdir\/r\.ndjson: cannot write here/],
  ] as const)('%s: the error line', async ([, args, shown]) => {
    const dir = folder({ 'ok.txt': TRANSCRIPT });
    const r = await runSoap(args(dir), { env: env() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(shown);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });
});
