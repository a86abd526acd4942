import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_KEY_NAMES } from '../../src/config/keys.js';
import { FORMATS } from '../../src/output/formats.js';
import { PROVIDER_IDS } from '../../src/providers/table.js';
import { runSoap } from '../helpers/run-cli.js';

// Each script is loaded by the real shell and asked what Tab offers, from the repository root (for file names).
const run = promisify(execFile);
const SHELLS = ['bash', 'zsh', 'fish'] as const;
type Shell = (typeof SHELLS)[number];

function installed(shell: Shell): boolean {
  try {
    execFileSync(shell, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const scripts = {} as Record<Shell, string>;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'soap-completion-'));
  for (const shell of SHELLS) {
    const r = await runSoap(['completion', shell]);
    expect(r.code).toBe(0);
    scripts[shell] = join(dir, `soap.${shell}`);
    writeFileSync(scripts[shell], r.stdout);
  }
});

/** What the shell offers for the last word of `line` (a trailing space: a new, empty word). */
async function complete(shell: Shell, line: string): Promise<string[]> {
  let stdout: string;
  if (shell === 'bash') {
    const words = line.split(' ');
    const program = `source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); COMP_LINE="$*"; COMP_POINT=\${#COMP_LINE}; _soap; printf '%s\\n' "\${COMPREPLY[@]}"`;
    ({ stdout } = await run('bash', ['--norc', '--noprofile', '-c', program, 'bash', scripts.bash, ...words]));
  } else if (shell === 'zsh') {
    ({ stdout } = await run('zsh', ['-f', 'test/helpers/zsh-complete.zsh', scripts.zsh, line], { timeout: 15_000 }));
  } else {
    ({ stdout } = await run('fish', ['--no-config', '-c', 'source $argv[1]; complete -C $argv[2]', scripts.fish, line]));
  }
  // fish adds a description after a tab and a slash to folders.
  return [...new Set(stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0]!.replace(/\/$/, '')))].sort();
}

/** A test starts a shell per completion (zsh in a pseudo-terminal): generous on a loaded machine. */
const SLOW = 90_000;

const sorted = (words: readonly string[]) => [...words].sort();

describe.each(SHELLS)('soap completion %s', (shell) => {
  const available = installed(shell);

  it.skipIf(!available)('is a script the shell parses', async () => {
    const check = shell === 'bash' ? ['-n', scripts.bash] : shell === 'zsh' ? ['-n', scripts.zsh] : ['--no-execute', scripts.fish];
    await expect(run(shell, check)).resolves.toBeDefined();
  });

  it.skipIf(!available)('offers commands, flags and their values', async () => {
    expect(await complete(shell, 'soap no')).toEqual(['note']);
    expect(await complete(shell, 'soap note --spec')).toEqual(['--specialty']);
    expect(await complete(shell, 'soap note --provider ')).toEqual(sorted(PROVIDER_IDS));
    expect(await complete(shell, 'soap note -s phys')).toEqual(['physical_therapy', 'physician']);
    expect(await complete(shell, 'soap stream --format ')).toEqual(sorted(FORMATS));
    expect(await complete(shell, 'soap completion ')).toEqual(['bash', 'fish', 'zsh']);
    expect(await complete(shell, 'soap help no')).toEqual(['note']);
    expect(await complete(shell, 'soap config set ')).toEqual(expect.arrayContaining([...CONFIG_KEY_NAMES]));
    expect(await complete(shell, 'soap config ')).toEqual(expect.arrayContaining(['get', 'list', 'path', 'set', 'unset']));
  }, SLOW);

  it.skipIf(!available)('skips flag values when finding the command, and knows the global flags anywhere', async () => {
    expect(await complete(shell, 'soap note -s physician --prov')).toEqual(['--provider']);
    expect(await complete(shell, 'soap --debug note --verif')).toEqual(['--verify']);
    expect(await complete(shell, 'soap status --wait')).toEqual(['--wait', '--wait-timeout']);
    expect(await complete(shell, 'soap audio --qui')).toEqual(['--quiet']);
  }, SLOW);

  it.skipIf(!available)('completes paths where an argument is a file, folders where it is a folder', async () => {
    expect((await complete(shell, 'soap note fixtures/transcripts/kn')).some((m) => m.endsWith('knee-injury.txt'))).toBe(true);
    expect((await complete(shell, 'soap note -s physician fixtures/transcripts/kn')).some((m) => m.endsWith('knee-injury.txt'))).toBe(true);
    expect((await complete(shell, 'soap check note.json -t fixtures/transcripts/kn')).some((m) => m.endsWith('knee-injury.txt'))).toBe(true);
    const dirs = await complete(shell, 'soap note --out-dir fixtures/tr');
    expect(dirs.some((m) => m.endsWith('transcripts'))).toBe(true);
    expect(dirs.some((m) => m.endsWith('.txt'))).toBe(false);
    // An id is free text: nothing to offer, files included.
    expect(await complete(shell, 'soap status fix')).toEqual([]);
  }, SLOW);
});

describe('soap completion, against the help', () => {
  it.skipIf(!installed('bash'))('offers every flag each command lists in its --help', async () => {
    for (const command of ['note', 'stream', 'audio', 'status', 'summarize', 'check', 'specialties', 'completion', 'config list']) {
      const help = await runSoap([...command.split(' '), '--help']);
      const flags = [...help.stdout.split('Options:')[1]!.matchAll(/(?<=^ {2}|, )(--?[A-Za-z][\w-]*)/gm)].map((m) => m[1]!);
      expect(flags.length).toBeGreaterThan(1);
      expect(await complete('bash', `soap ${command} -`)).toEqual(expect.arrayContaining(flags));
    }
  }, SLOW);

  it('refuses a shell it has no script for, with the usage exit code', async () => {
    const r = await runSoap(['completion', 'powershell']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/powershell.*bash, zsh, fish/);
    expect(r.stdout).toBe('');
  });
});
