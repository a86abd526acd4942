import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { makeConfigDir } from '../helpers/run-cli.js';
import { TEST_KEY, testWithEmulator as it } from '../helpers/emulator-env.js';
import { sourcesInChunks } from '../helpers/bundle-chunks.js';

// These run the real launcher (bin/soap.js → dist/), as users do; `npm ci` builds dist/ via `prepare`.
const BIN = 'bin/soap.js';

/** Runs the binary without blocking this process, which also hosts the emulator. */
function soap(args: string[], extraEnv: Record<string, string> = {}, nodeArgs: string[] = []) {
  const child = spawn(process.execPath, [...nodeArgs, BIN, ...args], {
    env: { PATH: process.env.PATH, SOAP_CONFIG_DIR: makeConfigDir(), ...extraEnv },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (status) => resolve({ status, stdout, stderr })),
  );
}

/** The sources a command loaded: those of the bundle's chunks it required (see test/helpers/bundle-chunks.ts). */
async function importsOf(args: string[], extraEnv: Record<string, string> = {}): Promise<{ status: number | null; imports: string[] }> {
  const trace = join(mkdtempSync(join(tmpdir(), 'soap-trace-')), 'requires.txt');
  const r = await soap(args, { SOAP_TRACE_REQUIRES: trace, ...extraEnv }, ['--import', './test/helpers/trace-requires.mjs']);
  return { status: r.status, imports: sourcesInChunks(readFileSync(trace, 'utf8').trim().split('\n')) };
}

describe.concurrent('the soap binary', () => {
  it('prints its version', async ({ expect }) => {
    const r = await soap(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`);
  });

  it('exits 141 when the reader of --version or --help has gone, as every command does', async ({ expect }) => {
    const codes = await Promise.all(
      [['--version'], ['--help'], ['note', '--help']].map((args) => {
        const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, SOAP_CONFIG_DIR: makeConfigDir() }, stdio: ['ignore', 'pipe', 'ignore'] });
        child.stdout.destroy(); // long before node has started: the answer meets a pipe with no reader
        return new Promise((resolve) => child.on('close', resolve));
      }),
    );
    expect(codes).toEqual([141, 141, 141]);
  });

  it('writes a note and exits 0 against the emulator', async ({ env, expect }) => {
    const r = await soap(['note', 'fixtures/transcripts/ankle-sprain.txt', '--specialty', 'physician', '--json'], env);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).noteId).toMatch(/^note_/);
  });

  it('exits 2 with one line for bad input, 3 for a missing key', async ({ emu, env, expect }) => {
    const bad = await soap(['note', 'no-such-file.txt', '-s', 'physician'], env);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('✗ no-such-file.txt: no such file — check the path\n');
    const noKey = await soap(['note', 'fixtures/transcripts/ankle-sprain.txt', '-s', 'physician', '--provider', 'soapnoteapi'], { SOAPNOTEAPI_BASE_URL: emu.url });
    expect(noKey.status).toBe(3);
  });

  it('exits 130 on Ctrl-C during a request', async ({ emu, expect }) => {
    emu.fault({ path: '/v1/note', delayMs: 5000 });
    const child = spawn(process.execPath, [BIN, 'note', 'fixtures/transcripts/ankle-sprain.txt', '-s', 'physician'], {
      env: { PATH: process.env.PATH, SOAP_CONFIG_DIR: makeConfigDir(), SOAPNOTEAPI_KEY: TEST_KEY, SOAPNOTEAPI_BASE_URL: emu.url },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    while (emu.requests.length === 0) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(130);
    expect(stderr).toMatch(/✗ interrupted/);
  });

  it('loads neither the HTTP stack nor zod, conf, ora or chalk for --version and --help; specialties --json only zod; a note its own chunks', async ({ expect }) => {
    const heavy = /node_modules\/(undici|zod|conf|ora|chalk)\//;
    const runs = await Promise.all([
      importsOf(['--version']),
      importsOf(['--help']),
      importsOf(['specialties', '--json']),
      importsOf(['note', 'fixtures/transcripts/knee-injury.txt', '-s', 'physician']),
    ]);
    expect(runs.map((run) => run.status)).toEqual([0, 0, 0, 0]);
    const [version, help, { imports: specialties }, { imports: note }] = runs;
    expect(version.imports.filter((u) => u.includes('node_modules'))).toEqual([]);
    // Help to a pipe is the text the build rendered (dist/help-texts.json): not even commander is loaded.
    expect(help.imports).toContain('src/main.ts'); // the trace sees the bundle's chunks: an empty list would prove nothing
    expect(help.imports.filter((u) => u.includes('node_modules') || u === 'src/cli.ts' || u.startsWith('src/commands/'))).toEqual([]);
    // Every command's flags are checked by its options module, with zod; the built-in list needs nothing more.
    expect(specialties.filter((u) => heavy.test(u) && !u.includes('node_modules/zod/'))).toEqual([]);
    expect(specialties).toContain('src/commands/specialties/run.ts');
    expect(specialties).not.toContain('src/commands/note/run.ts');
    // The offline engine: its own command and backend, no HTTP stack, nothing of audio's (beyond its flags, in cli.ts's chunk).
    expect(note).toEqual(expect.arrayContaining(['src/commands/note/run.ts', 'src/providers/local-backend.ts']));
    expect(note.filter((u) => /node_modules\/(undici|music-metadata|file-type)\/|src\/commands\/audio\/(?!index\.ts)/.test(u))).toEqual([]);
  });
});
