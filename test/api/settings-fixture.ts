import { Readable, Writable } from 'node:stream';
import type { CommandIo } from '../../src/commands/io.js';
import type { Settings } from '../../src/config/resolve-settings.js';

/** Settings as resolveSettings would build them, pointed at emulators; `patch` overrides per test. */
export function makeSettings(patch: { assemblyai?: Partial<Settings['assemblyai']>; openai?: Partial<Settings['openai']>; maxRetries?: number; timeoutMs?: number } = {}): Settings {
  const local = new URL('http://127.0.0.1:9');
  return {
    provider: 'assemblyai',
    specialty: undefined,
    template: undefined,
    format: 'text',
    maxRetries: patch.maxRetries ?? 2,
    timeoutMs: patch.timeoutMs ?? 10_000,
    soapnoteapi: { key: undefined, keySource: 'default', baseUrl: local },
    assemblyai: { key: undefined, keySource: 'default', baseUrl: local, gatewayUrl: local, ...patch.assemblyai },
    openai: { key: undefined, keySource: 'default', baseUrl: local, ...patch.openai },
  };
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
