import { createServer, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { FaultQueue } from './faults.js';
import { NoteStore } from './note-store.js';
import { handleRequest, type PipelineState } from './request-pipeline.js';
import { closeServer, listenOn } from './server-lifecycle.js';
import {
  createDefaultAudioOptions,
  createDefaultStreamOptions,
  type AudioOptions,
  type Emulator,
  type Fault,
  type Reading,
  type RecordedRequest,
  type StartOptions,
  type StreamOptions,
} from './types.js';

class RunningEmulator implements Emulator {
  readonly requests: RecordedRequest[] = [];
  latencyMs: number;
  stream: StreamOptions = createDefaultStreamOptions();
  audio: AudioOptions = createDefaultAudioOptions();
  reading: Reading;
  url = '';
  port = 0;

  private readonly faults = new FaultQueue();
  private readonly notes = new NoteStore();
  private readonly inflight = new Set<AbortController>();
  private requestCount = 0;
  readonly server: Server;

  constructor(
    private readonly defaultLatencyMs: number,
    private readonly defaultReading: Reading,
    tls?: StartOptions['tls'],
  ) {
    this.latencyMs = defaultLatencyMs;
    this.reading = defaultReading;
    const state: PipelineState = {
      requests: this.requests,
      faults: this.faults,
      notes: this.notes,
      // Getters, so assignments like `emu.stream = {...}` reach requests that arrive later.
      settings: this.createLiveSettings(),
      nextRequestId: () => `req_${++this.requestCount}`,
      inflight: this.inflight,
    };
    const handler = (req: Parameters<typeof handleRequest>[1], res: Parameters<typeof handleRequest>[2]) => void handleRequest(state, req, res);
    this.server = tls ? createTlsServer({ noDelay: true, key: tls.key, cert: tls.cert }, handler) : createServer({ noDelay: true }, handler);
  }

  fault(f: Fault): void {
    this.faults.add(f);
  }

  expireNote(noteId: string): void {
    this.notes.expire(noteId);
  }

  reset(): void {
    // Cleared in place: a test may hold a reference to `requests`.
    this.requests.length = 0;
    this.faults.clear();
    this.notes.clear();
    this.requestCount = 0;
    this.latencyMs = this.defaultLatencyMs;
    this.stream = createDefaultStreamOptions();
    this.audio = createDefaultAudioOptions();
    this.reading = this.defaultReading;
  }

  close(): Promise<void> {
    return closeServer(this.server, this.inflight);
  }

  private createLiveSettings(): PipelineState['settings'] {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below read the server's live settings
    const self = this;
    return {
      get latencyMs() {
        return self.latencyMs;
      },
      get stream() {
        return self.stream;
      },
      get audio() {
        return self.audio;
      },
      get reading() {
        return self.reading;
      },
    };
  }
}

export async function startEmulator(opts: StartOptions = {}): Promise<Emulator> {
  const emulator = new RunningEmulator(opts.latencyMs ?? 0, opts.reading ?? 'seeds', opts.tls);
  Object.assign(emulator, await listenOn(emulator.server, { port: opts.port, host: opts.host, tls: Boolean(opts.tls) }));
  return emulator;
}
