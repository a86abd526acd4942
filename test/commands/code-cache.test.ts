import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The V8 code cache `npm run build` writes next to the chunks an offline note loads (src/code-cache.ts): taken when
// it fits, refused without a word when it does not, and the note the same byte for byte either way.

const NOTE = ['note', resolve('fixtures/transcripts/knee-injury.txt'), '--specialty', 'physician'];
const REPORT = ['--import', resolve('test/helpers/report-code-cache.mjs')];

function runNote(root: string, args: string[], nodeArgs: string[] = []) {
  const home = mkdtempSync(join(tmpdir(), 'soap-home-'));
  const env = { PATH: process.env.PATH ?? '', HOME: home, SOAP_CONFIG_DIR: home, SOAP_CACHE_DIR: home, NO_COLOR: '1' };
  const r = spawnSync(process.execPath, [...nodeArgs, join(root, 'bin/soap.js'), ...args], { env, encoding: 'utf8' });
  const reports = r.stderr.split('\n').filter((line) => line.startsWith('code-cache '));
  const stderr = r.stderr.split('\n').filter((line) => !line.startsWith('code-cache ')).join('\n');
  return { code: r.status, stdout: r.stdout, stderr, reports };
}

/** The package (bin/, dist/, package.json) in a folder of its own, each cache as `change` leaves it. */
function copyBuild(change: (cacheFile: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'soap-build-'));
  cpSync('bin', join(root, 'bin'), { recursive: true });
  cpSync('dist', join(root, 'dist'), { recursive: true });
  cpSync('package.json', join(root, 'package.json'));
  for (const file of readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.js.cache'))) change(join(root, 'dist', file));
  return root;
}

describe('the code cache', () => {
  it('is written for the chunks a note loads, and taken by an offline note', () => {
    const caches = readdirSync('dist').filter((f) => f.endsWith('.js.cache'));
    expect(caches.length).toBeGreaterThan(10);
    const r = runNote('.', NOTE, REPORT);
    expect(r.code).toBe(0);
    expect(r.reports.length).toBeGreaterThan(10);
    expect(r.reports.filter((line) => !line.startsWith('code-cache ok '))).toEqual([]);
    expect(r.reports.filter((line) => line.includes('local-backend-'))).toEqual([expect.stringMatching(/^code-cache ok .*local-backend-\w+\.js$/)]);
  });

  it('is refused without a word when it is damaged, and the note (text and JSON) is the same', () => {
    const broken = copyBuild((file) => writeFileSync(file, 'not a code cache'));
    for (const format of [[], ['--json']]) {
      const cached = runNote('.', [...NOTE, ...format]);
      const refused = runNote(broken, [...NOTE, ...format], REPORT);
      expect(refused.reports.length).toBeGreaterThan(10);
      expect(refused.reports.every((line) => line.startsWith('code-cache refused '))).toBe(true);
      expect({ ...refused, reports: [] }).toEqual({ ...cached, reports: [] });
      expect(cached.stdout.length).toBeGreaterThan(200);
    }
  });

  it('is refused under other V8 flags, and not needed: the note is the same without it', () => {
    const cached = runNote('.', NOTE);
    const otherFlags = runNote('.', NOTE, [...REPORT, '--stack-size=2000']);
    expect(otherFlags.reports.length).toBeGreaterThan(10);
    expect(otherFlags.reports.every((line) => line.startsWith('code-cache refused '))).toBe(true);
    expect({ ...otherFlags, reports: [] }).toEqual({ ...cached, reports: [] });
    const none = runNote(copyBuild((file) => rmSync(file)), NOTE, REPORT);
    expect(none.reports).toEqual([]);
    expect({ ...none, reports: [] }).toEqual({ ...cached, reports: [] });
  });
});
