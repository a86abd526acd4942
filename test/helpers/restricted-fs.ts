import { spawn, spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Permissions and full disks with real processes and real file systems, whoever runs the tests:
 * - as root, chmod does not stop the process, so the CLI runs as `nobody` (uid 65534) and the folders it must use
 *   are handed to that user;
 * - a full or read-only disk is a small tmpfs mounted in a private mount namespace (`unshare -Urm`: a user
 *   namespace, so no root is needed where unprivileged user namespaces are on). Where they are off, those tests are
 *   skipped and say so.
 */
export const IS_ROOT = process.getuid?.() === 0;
const NOBODY = 65534;

let unshareWorks: boolean | undefined;
/** True when this machine lets us mount a tmpfs in a private user + mount namespace. */
export function canMountPrivateTmpfs(): boolean {
  if (unshareWorks === undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'soap-unshare-'));
    unshareWorks = spawnSync('unshare', ['-Urm', 'sh', '-c', 'mount -t tmpfs -o size=16k tmpfs "$0"', dir], { stdio: 'ignore' }).status === 0;
  }
  return unshareWorks;
}

/** Gives folders and files to the unprivileged user the CLI runs as when the tests run as root. */
export function handToChild(...paths: string[]): void {
  if (IS_ROOT) for (const path of paths) chownSync(path, NOBODY, NOBODY);
}

export interface SmallDisk {
  /** An empty folder to mount the tmpfs on. */
  mountPoint: string;
  /** Size of the file system, e.g. '32k'. */
  size: string;
  /** Bytes to fill it with first (a hidden .filler file). */
  fillBytes?: number;
  readOnly?: boolean;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI (bin/soap.js) as a child: as `nobody` when root and `unprivileged` is asked, or inside a
 * private mount namespace with `disk` mounted. A clean environment, as spawn-soap.ts gives.
 */
export function runCliProcess(args: string[], options: { env: Record<string, string>; unprivileged?: boolean; disk?: SmallDisk; timeoutMs?: number }): Promise<CliRun> {
  const home = mkdtempSync(join(tmpdir(), 'soap-home-'));
  if (options.unprivileged) handToChild(home);
  const env = { PATH: process.env.PATH ?? '', HOME: home, SOAP_CONFIG_DIR: join(home, 'config'), NO_COLOR: '1', ...options.env };
  let command = process.execPath;
  let argv = ['bin/soap.js', ...args];
  if (options.disk) {
    const { mountPoint, size, fillBytes = 0, readOnly = false } = options.disk;
    const script = 'mp=$1; size=$2; fill=$3; mode=$4; shift 4; mount -t tmpfs -o "size=$size,$mode" tmpfs "$mp" || exit 97; '
      + 'if [ "$fill" -gt 0 ]; then head -c "$fill" /dev/zero > "$mp/.filler" 2>/dev/null; fi; exec "$@"';
    argv = ['-Urm', 'sh', '-c', script, 'sh', mountPoint, size, String(fillBytes), readOnly ? 'ro' : 'rw', command, ...argv];
    command = 'unshare';
  }
  const ids = options.unprivileged && IS_ROOT ? { uid: NOBODY, gid: NOBODY } : {};
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { env, stdio: ['ignore', 'pipe', 'pipe'], ...ids });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const guard = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(guard);
      resolve({ code, stdout, stderr });
    });
  });
}
