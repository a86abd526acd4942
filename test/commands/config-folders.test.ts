import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeConfigDir, runSoap } from '../helpers/run-cli.js';
import { spawnSoap } from '../reliability/spawn-soap.js';

/**
 * The config folder and file as the world leaves them: a file where the folder should be, a folder that cannot be
 * written, a file saved with a byte-order mark. Each gets one line that names the path and what to change (exit 2),
 * or is simply read. Real folders and files throughout.
 *
 * "Cannot be written" needs care: these tests may run as root, who writes through any mode bits. So the rows are a
 * folder under a regular file (ENOTDIR, any user), a folder under /proc (Linux; Node's recursive mkdir spins there
 * forever, so this row runs the built CLI in a child with a deadline), a read-only file system (a private mount
 * namespace with a read-only tmpfs: root with CAP_SYS_ADMIN only) and, for other users, a 0500 folder.
 */

const TRANSCRIPT = 'fixtures/transcripts/knee-injury.txt';
const scratch = mkdtempSync(join(tmpdir(), 'soap-config-folders-'));
const isRoot = process.getuid?.() === 0;

/** A regular file with known content and mode, to prove nothing touched it. */
function regularFile(name: string): string {
  const path = join(scratch, name);
  writeFileSync(path, 'not a folder\n', { mode: 0o640 });
  chmodSync(path, 0o640);
  return path;
}

interface FolderCase {
  name: string;
  /** The SOAP_CONFIG_DIR to use (prepared on disk). */
  dir: () => string;
  message: RegExp;
  /** Also refused when only read (config list, any command resolving settings). */
  onRead: boolean;
}

const FOLDER_CASES: FolderCase[] = [
  { name: 'SOAP_CONFIG_DIR names a file', dir: () => regularFile('a-file'), message: /^✗ SOAP_CONFIG_DIR \S*a-file is a file, not a folder — point SOAP_CONFIG_DIR at a folder/, onRead: true },
  {
    name: 'a folder under a regular file',
    dir: () => join(regularFile('b-file'), 'soap'),
    message: /^✗ config folder \S*b-file\/soap cannot be used: \S*b-file is a file, not a folder — point SOAP_CONFIG_DIR at a folder/,
    onRead: true,
  },
  {
    name: 'config.json is a folder',
    dir: () => {
      const dir = makeConfigDir();
      mkdirSync(join(dir, 'config.json'));
      return dir;
    },
    message: /^✗ config file \S*config\.json is a folder, not a file — remove or rename that folder/,
    onRead: true,
  },
];

describe('a config folder that is not one: one line, exit 2, and the file in the way untouched', () => {
  const rows = FOLDER_CASES.flatMap((c) => [
    [`${c.name}: config set`, c, ['config', 'set', 'specialty', 'physician']] as const,
    ...(c.onRead
      ? [[`${c.name}: config list`, c, ['config', 'list']] as const, [`${c.name}: note (settings are read)`, c, ['note', TRANSCRIPT, '-s', 'physician', '--provider', 'local']] as const]
      : []),
  ]);

  it.for(rows)('%s', async ([, c, args]) => {
    const dir = c.dir();
    const file = existsSync(dir) && statSync(dir).isFile() ? dir : undefined;
    const r = await runSoap([...args], { env: { SOAP_CONFIG_DIR: dir } });
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(c.message);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    if (file) {
      expect(readFileSync(file, 'utf8')).toBe('not a folder\n');
      expect(statSync(file).mode & 0o777).toBe(0o640);
    }
  });
});

describe('a config folder that cannot be written: one line, exit 2', () => {
  it.runIf(existsSync('/proc/self'))('a folder under /proc (Node’s recursive mkdir would spin there forever)', async () => {
    const r = await spawnSoap(['config', 'set', 'specialty', 'physician'], { env: { SOAP_CONFIG_DIR: '/proc/soap-config-test/soap' }, timeoutMs: 10_000 });
    expect(r.signal, 'the command hung and was killed').toBeNull();
    expect(r.stderr).toMatch(/^✗ config folder \/proc\/soap-config-test\/soap cannot be written \(a folder cannot be created there\) — point SOAP_CONFIG_DIR at a folder you can write/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.code).toBe(2);
  });

  // A private mount namespace: the read-only tmpfs exists only for that child and goes away with it.
  const canMountReadOnly = isRoot && spawnSync('unshare', ['--mount', 'sh', '-c', `mount -t tmpfs -o ro,size=1m tmpfs ${scratch}`]).status === 0;
  it.runIf(canMountReadOnly).for([
    ['the folder itself on a read-only file system', '', /^✗ config folder \S+ cannot be written \(read-only file system\)/],
    ['a folder to create on a read-only file system', '/soap', /^✗ config folder \S+\/soap cannot be written \(read-only file system\)/],
  ] as const)('%s', ([, sub, message]) => {
    const mountPoint = mkdtempSync(join(scratch, 'ro-'));
    const r = spawnSync('unshare', ['--mount', 'sh', '-c', `mount -t tmpfs -o ro,size=1m tmpfs "$1" && exec "$2" bin/soap.js config set specialty physician`, 'sh', mountPoint, process.execPath], {
      env: { PATH: process.env.PATH, HOME: scratch, NO_COLOR: '1', SOAP_CONFIG_DIR: `${mountPoint}${sub}` },
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.status).toBe(2);
  });

  it.skipIf(isRoot)('a 0500 folder (not run as root: root writes through mode bits)', async () => {
    const dir = makeConfigDir();
    chmodSync(dir, 0o500);
    const r = await runSoap(['config', 'set', 'specialty', 'physician'], { env: { SOAP_CONFIG_DIR: dir } });
    expect(r.stderr).toMatch(/^✗ config folder \S+ cannot be written \(permission denied\)/);
    expect(r.code).toBe(2);
  });
});

describe('a config file saved with a byte-order mark, or empty, is read', () => {
  const BOM = '\uFEFF';

  it('a BOM before the JSON: list, get, settings and set all work, and set writes it back without the mark', async () => {
    const dir = makeConfigDir();
    const file = join(dir, 'config.json');
    writeFileSync(file, `${BOM}{\r\n  "specialty": "physician",\r\n  "format": "markdown"\r\n}\r\n`);
    const env = { SOAP_CONFIG_DIR: dir };
    const list = await runSoap(['config', 'list'], { env });
    expect(list.stdout, list.stderr).toBe('specialty=physician\nformat=markdown\n');
    expect((await runSoap(['config', 'get', 'specialty'], { env })).stdout).toBe('physician\n');
    // The defaults apply: no -s, and markdown headings.
    const note = await runSoap(['note', TRANSCRIPT, '--provider', 'local'], { env });
    expect(note.code, note.stderr).toBe(0);
    expect(note.stdout).toMatch(/^## Subjective/m);
    const set = await runSoap(['config', 'set', 'template', 'standard'], { env });
    expect(set.code, set.stderr).toBe(0);
    const written = readFileSync(file, 'utf8');
    expect(written.startsWith(BOM)).toBe(false);
    expect(JSON.parse(written)).toEqual({ specialty: 'physician', format: 'markdown', template: 'standard' });
  });

  it('an empty file is an empty config', async () => {
    const dir = makeConfigDir();
    writeFileSync(join(dir, 'config.json'), '');
    const env = { SOAP_CONFIG_DIR: dir };
    const list = await runSoap(['config', 'list'], { env });
    expect([list.code, list.stdout, list.stderr]).toEqual([0, '', '']);
    const set = await runSoap(['config', 'set', 'specialty', 'physician'], { env });
    expect(set.code, set.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).toEqual({ specialty: 'physician' });
  });
});
