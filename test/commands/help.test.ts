import { existsSync, readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Command } from '@commander-js/extra-typings';
import { buildProgram } from '../../src/cli.js';
import { ExitCode } from '../../src/exit-codes.js';
import { statusFlagsSchema } from '../../src/commands/status/options.js';
import { makeConfigDir, runSoap } from '../helpers/run-cli.js';

const README = readFileSync('README.md', 'utf8');

/** Every command of the program, with the words that run it (`config set`), the help command left out. */
function listCommands(): { path: string[]; cmd: Command }[] {
  const sink = new Writable({ write: (_c, _e, done) => done() });
  const program = buildProgram({ stdout: sink, stderr: sink, stdin: process.stdin, env: {}, cwd: process.cwd(), signal: new AbortController().signal }, () => undefined);
  const walk = (cmd: Command, path: string[]): { path: string[]; cmd: Command }[] =>
    cmd.commands.filter((c) => c.name() !== 'help').flatMap((c) => [{ path: [...path, c.name()], cmd: c as Command }, ...walk(c as Command, [...path, c.name()])]);
  return [{ path: [], cmd: program as unknown as Command }, ...walk(program as unknown as Command, [])];
}

/** The examples block that ends a help text: the `$ …` lines after "Examples:". */
function readExamples(help: string): string[] {
  const block = help.split('\nExamples:\n')[1] ?? '';
  return block.split('\n').filter((line) => line.startsWith('  $ ')).map((line) => line.slice(4));
}

/** The words of each `soap …` command in a shell line (pipes, `&&` and redirections split it). */
function readSoapInvocations(line: string): string[][] {
  return line
    .split(/\s*(?:\|\||&&|\||;)\s*/)
    .map((segment) => (segment.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map((w) => w.replace(/^["']|["']$/g, '')))
    .map((words) => words.slice(0, words.findIndex((w) => w === '<' || w === '>') === -1 ? undefined : words.findIndex((w) => w === '<' || w === '>')))
    .map((words) => words.slice(words.findIndex((w) => !/^[A-Z_]+=/.test(w))))
    .filter((words) => words[0] === 'soap');
}

const GLOBAL_FLAGS = ['--debug', '--no-color', '-q', '--quiet', '-h', '--help', '-V', '--version'];

describe('help', () => {
  it("ends every command's --help with 2–4 examples whose flags the command has and whose fixtures exist", async () => {
    const commands = listCommands();
    expect(commands.map((c) => c.path.join(' '))).toEqual(expect.arrayContaining(['', 'note', 'stream', 'audio', 'status', 'summarize', 'check', 'specialties', 'config', 'config set', 'config get', 'config unset', 'config list', 'config path']));
    for (const { path } of commands) {
      const r = await runSoap([...path, '--help']);
      expect(r.code, path.join(' ')).toBe(0);
      const examples = readExamples(r.stdout);
      expect(examples.length, `soap ${path.join(' ')}: ${examples.join(' / ')}`).toBeGreaterThanOrEqual(2);
      expect(examples.length).toBeLessThanOrEqual(path.length === 0 ? 3 : 4);
      // The examples are the last thing: after them (and, on the program's help, its reference sections) nothing else.
      if (path.length > 0) expect(r.stdout.trimEnd().endsWith(examples.at(-1)!)).toBe(true);
      for (const example of examples) {
        const invocations = readSoapInvocations(example);
        const ran: string[] = [];
        for (const words of invocations) {
          // The command path the example runs, then its flags, each defined on that command (or globally).
          let target = listCommands()[0]!.cmd;
          let at = 1;
          for (let next = target.commands.find((c) => c.name() === words[at]); next; next = target.commands.find((c) => c.name() === words[at])) {
            target = next as Command;
            at += 1;
          }
          ran.push(words.slice(1, at).join(' '));
          for (const word of words.slice(at)) {
            if (/^--?[a-zA-Z]/.test(word)) {
              const flag = word.split('=')[0]!;
              const known = target.options.some((o) => o.long === flag || o.short === flag) || GLOBAL_FLAGS.includes(flag);
              expect(known, `${example}: ${flag} is not a flag of soap ${words.slice(1, at).join(' ')}`).toBe(true);
            } else if (word.startsWith('fixtures/')) {
              expect(existsSync(word), `${example}: ${word}`).toBe(true);
            }
          }
        }
        // Each example runs the command whose help it ends, or one of its subcommands (the program's may run any).
        const own = path.join(' ');
        if (path.length > 0) expect(ran.some((r) => r === own || r.startsWith(`${own} `)), `${example} runs soap ${own}`).toBe(true);
      }
    }
  });

  it('the program help names every environment variable and exit code the README documents, and README sections that exist', async () => {
    const r = await runSoap(['--help']);
    expect(r.code).toBe(0);
    const envTable = README.split('## Environment variables')[1]!.split('\n## ')[0]!;
    const variables = [...envTable.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]!);
    expect(variables.length).toBeGreaterThan(15);
    for (const name of variables) expect(r.stdout, name).toMatch(new RegExp(`\\b${name}\\b`));
    const codeTable = README.split('## Exit codes')[1]!.split('\n## ')[0]!;
    const codes = [...codeTable.matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1]));
    expect(codes.sort((a, b) => a - b)).toEqual(Object.values(ExitCode).sort((a, b) => a - b));
    const listed = r.stdout.split('\nExit codes:\n')[1]!.split('\n\n')[0]!;
    expect([...listed.matchAll(/^ {2}(\d+) /gm)].map((m) => Number(m[1]))).toEqual(codes);
    const sections = r.stdout.split('More in README.md, in this package: ')[1]!.replace(/\s+/g, ' ').replace(/\.\s*$/, '').split(', ');
    const headings = [...README.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]!.toLowerCase());
    for (const section of sections) expect(headings.some((h) => h.startsWith(section.toLowerCase())), section).toBe(true);
  });

  it('the help texts the build rendered (printed when stdout is no terminal) are the ones commander prints, for every command', async () => {
    const texts = JSON.parse(readFileSync('dist/help-texts.json', 'utf8')) as Record<string, string>;
    const paths = listCommands().map(({ path }) => path.join(' '));
    expect(Object.keys(texts).sort()).toEqual(paths.sort());
    for (const path of paths) expect(texts[path], path || 'soap').toBe((await runSoap([...path.split(' ').filter(Boolean), '--help'])).stdout);
  });

  it('soap help <command> prints that help and exits 0; an unknown one is one line with a suggestion, exit 2', async () => {
    const viaHelp = await runSoap(['help', 'note']);
    const viaFlag = await runSoap(['note', '--help']);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toBe(viaFlag.stdout);
    expect((await runSoap(['help', 'config', 'set'])).stdout).toBe((await runSoap(['config', 'set', '--help'])).stdout);
    expect((await runSoap(['help'])).stdout).toBe((await runSoap(['--help'])).stdout);

    const typo = await runSoap(['help', 'nte']);
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toBe("✗ unknown command 'nte' (did you mean note?) — see soap --help\n");
    const nothingLike = await runSoap(['help', 'frobnicate']);
    expect(nothingLike.code).toBe(2);
    expect(nothingLike.stderr).toBe("✗ unknown command 'frobnicate' — see soap --help\n");
  });

  it('status --help lists only the flags soap status reads, and only the providers that keep jobs', async () => {
    const r = await runSoap(['status', '--help']);
    const flags = [...r.stdout.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]!);
    const camel = (flag: string) => flag.slice(2).replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    // Every flag shown is one the options module reads (--no-… flags are read under their positive name), and back.
    expect(flags.filter((f) => f !== '--help').map(camel).sort()).toEqual(Object.keys(statusFlagsSchema.shape).sort());
    for (const absent of ['--method', '--section', '--from', '--billing-codes', '--context', '--out-dir']) expect(flags).not.toContain(absent);
    expect(r.stdout).toMatch(/--provider <name>\s+backend to use \(choices: "soapnoteapi",\s+"assemblyai"\)/);
  });
});

describe('suggestions for a mistyped value', () => {
  it('--provider and --format suggest the closest value, as --specialty does; nothing is sent', async () => {
    const provider = await runSoap(['note', 'fixtures/transcripts/knee-injury.txt', '--provider', 'soapnotapi']);
    expect(provider.code).toBe(2);
    expect(provider.stderr).toBe("✗ option '--provider <name>' argument 'soapnotapi' is invalid. Did you mean soapnoteapi? (choices: soapnoteapi, assemblyai, openai, local) — see soap note --help\n");
    const format = await runSoap(['note', 'fixtures/transcripts/knee-injury.txt', '--format', 'mardown']);
    expect(format.stderr).toMatch(/argument 'mardown' is invalid\. Did you mean markdown\? \(choices: text, json, markdown, fhir\)/);
  });

  it('config set suggests for a provider, a format, a key and a specialty', async () => {
    const env = { SOAP_CONFIG_DIR: makeConfigDir() };
    const provider = await runSoap(['config', 'set', 'provider', 'soapnotapi'], { env });
    expect(provider.code).toBe(2);
    expect(provider.stderr).toBe('✗ config set provider: unknown provider "soapnotapi" (did you mean soapnoteapi? choices: soapnoteapi, assemblyai, openai, local)\n');
    expect((await runSoap(['config', 'set', 'format', 'jsn'], { env })).stderr).toMatch(/unknown format "jsn" \(did you mean json\?/);
    expect((await runSoap(['config', 'set', 'specalty', 'physician'], { env })).stderr).toMatch(/^✗ unknown config key "specalty" \(did you mean specialty\?\)/);
    expect((await runSoap(['config', 'set', 'specialty', 'physican'], { env })).stderr).toMatch(/unknown specialty "physican" \(did you mean physician\?\)/);
  });

  it('config set specialty takes a display name as -s does, and stores the id', async () => {
    const env = { SOAP_CONFIG_DIR: makeConfigDir() };
    const set = await runSoap(['config', 'set', 'specialty', 'Nurse Practitioner'], { env });
    expect(set.code).toBe(0);
    expect(set.stderr).toBe('✓ specialty = nurse_practitioner\n');
    expect((await runSoap(['config', 'get', 'specialty'], { env })).stdout).toBe('nurse_practitioner\n');
  });
});
