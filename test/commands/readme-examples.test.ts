import { execFile } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The README's first examples — the headline block and the Quick start, every fenced `sh` block before its Contents —
 * run exactly as written, one line at a time, in a fresh folder with no key and no config: what a new user types.
 *
 * `soap` is this checkout's bin/soap.js on PATH. Two commands are stand-ins, said here so nothing is hidden: `npm`
 * (`npm install` is what made this checkout, `npm test` is this very suite: neither is run again inside it) and
 * `npx soap`, which runs the same bin/soap.js. `jq` is the machine's when it has one, else a stand-in that does the
 * one thing the README asks of it (`jq -r .field`).
 */
const REPO = resolve('.');
const README = readFileSync('README.md', 'utf8');

/** The lines of the fenced `sh` blocks above the Contents. */
function readFirstExamples(): string[] {
  const top = README.split('\n## Contents')[0]!;
  return [...top.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split('\n')).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

function hasCommand(name: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => existsSync(join(dir, name)));
}

function writeScript(dir: string, name: string, body: string): void {
  writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`);
  chmodSync(join(dir, name), 0o755);
}

/** A folder laid out as a new user's: the repository's fixtures, a visit.txt, an encounters/ folder. */
function makeWorkspace(): { cwd: string; bin: string; home: string } {
  const root = mkdtempSync(join(tmpdir(), 'soap-readme-'));
  const cwd = join(root, 'work');
  const bin = join(root, 'bin');
  const home = join(root, 'home');
  for (const dir of [cwd, bin, home, join(cwd, 'encounters')]) mkdirSync(dir, { recursive: true });
  symlinkSync(join(REPO, 'fixtures'), join(cwd, 'fixtures'));
  copyFileSync(join(REPO, 'fixtures/transcripts/knee-injury.txt'), join(cwd, 'visit.txt'));
  for (const name of ['knee-injury.txt', 'ankle-sprain.txt']) copyFileSync(join(REPO, 'fixtures/transcripts', name), join(cwd, 'encounters', name));
  writeScript(bin, 'soap', `exec "${process.execPath}" "${join(REPO, 'bin/soap.js')}" "$@"`);
  writeScript(bin, 'npx', 'if [ "$1" = soap ]; then shift; exec soap "$@"; fi\necho "npx stand-in: only soap" >&2; exit 127');
  writeScript(bin, 'npm', 'case "$1" in install|test) exit 0;; esac\necho "npm stand-in: only install and test" >&2; exit 127');
  if (!hasCommand('jq') || process.env.SOAP_TEST_JQ_STAND_IN) {
    writeScript(bin, 'jq', `exec "${process.execPath}" -e 'const [flag, path] = process.argv.slice(1); if (flag !== "-r" || !/^\\.\\w+$/.test(path)) process.exit(2); let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => console.log(JSON.parse(s)[path.slice(1)] ?? "null"));' -- "$@"`);
  }
  return { cwd, bin, home };
}

function runLine(line: string, where: { cwd: string; bin: string; home: string }): Promise<{ code: number; stdout: string; stderr: string }> {
  // Only what a fresh shell of a new user has: no key, no provider, no config of this machine.
  const env = { PATH: `${where.bin}${delimiter}${process.env.PATH ?? ''}`, HOME: where.home, SOAP_CONFIG_DIR: join(where.home, 'config'), SOAP_CACHE_DIR: join(where.home, 'cache'), NO_COLOR: '1' };
  return new Promise((done) => {
    execFile('bash', ['-eo', 'pipefail', '-c', line], { cwd: where.cwd, env, timeout: 30_000 }, (err, stdout, stderr) => {
      done({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

describe("the README's first examples", () => {
  const lines = readFirstExamples();

  it('are the headline block and the Quick start', () => {
    expect(lines).toEqual(expect.arrayContaining(['cat visit.txt | soap note - --json | jq -r .plan', 'npm test']));
    expect(lines.length).toBeGreaterThanOrEqual(5);
  });

  it.each(lines)('runs as written with no key: %s', async (line) => {
    const where = makeWorkspace();
    const r = await runLine(line, where);
    expect(r.code, `${line}\n${r.stderr}`).toBe(0);
    // Nothing but the offline engine's one notice (and a batch's summary) on stderr: no error, no warning.
    expect(r.stderr).not.toMatch(/^[✗!]/m);
    if (line.startsWith('npm test')) return;
    if (/--out-dir notes\//.test(line)) {
      expect(readdirSync(join(where.cwd, 'notes')).sort()).toEqual(['ankle-sprain.soap.txt', 'knee-injury.soap.txt']);
      const report = line.match(/--report (\S+)/)?.[1];
      if (report) expect(readFileSync(join(where.cwd, report), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { status: string }).status)).toEqual(['ok', 'ok']);
    } else if (line.includes('jq -r .plan')) {
      expect(r.stdout.trim().length).toBeGreaterThan(20);
      expect(r.stdout).not.toMatch(/^null$/m);
    } else {
      expect(r.stdout).toMatch(/^SUBJECTIVE\n[\s\S]+\nPLAN\n[\s\S]+via local\n$/);
    }
  });
});
