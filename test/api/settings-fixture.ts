import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import type { CommandIo } from '../../src/commands/io.js';
import { resolveSettings, type CommonFlags, type Settings } from '../../src/config/resolve-settings.js';

/**
 * Settings exactly as resolveSettings builds them from the environment (an empty config folder, no flags), so the
 * tests follow any change to the Settings shape. Pass ASSEMBLYAI_* / OPENAI_* variables.
 */
export function makeSettings(env: Record<string, string | undefined>, flags: CommonFlags = {}): Settings {
  return resolveSettings({ maxRetries: '2', timeout: '10', ...flags }, { SOAP_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'soap-config-')), ...env });
}

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

export function makeIo(signal: AbortSignal = new AbortController().signal): CommandIo & { stderr: Sink } {
  const stderr = new Sink();
  return {
    ctx: { stdout: new Sink(), stderr, stdin: Readable.from([]), env: {}, cwd: process.cwd(), signal },
    globals: { debug: false, color: false, quiet: true },
    stderr,
  };
}
