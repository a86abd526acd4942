import type { ServerResponse } from 'node:http';
import { pause } from './pause.js';

/** How a fault spoils an otherwise normal answer. */
export interface Sabotage {
  reset: boolean;
  stallMs: number;
}

/** Number of streamed writes (SSE events) let through before a sabotage strikes. */
const WRITES_BEFORE_SABOTAGE = 2;
/** Lets the partial body reach the client before its connection is cut. */
const RESET_GRACE_MS = 10;

/**
 * Every answer goes through a sink so that faults which cut or stall a body work the same way for
 * plain JSON answers, raw fault bodies and SSE streams.
 */
export class ResponseSink {
  private writes = 0;
  private struck = false;
  private flushed: Promise<void> = Promise.resolve();

  constructor(
    private readonly res: ServerResponse,
    private readonly extraHeaders: Record<string, string>,
    private readonly signal: AbortSignal,
    private readonly sabotage?: Sabotage,
  ) {}

  get closed(): boolean {
    return this.res.destroyed || this.res.writableEnded;
  }

  get headersSent(): boolean {
    return this.res.headersSent;
  }

  async sendWhole(status: number, headers: Record<string, string>, body: string): Promise<void> {
    if (this.closed) return;
    this.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(body)) });
    if (!this.sabotage) {
      this.res.end(body);
      return;
    }
    const cut = Math.floor(body.length / 2);
    this.res.write(body.slice(0, cut), this.trackFlush());
    await this.strike();
    if (!this.closed) this.res.end(body.slice(cut));
  }

  open(status: number, headers: Record<string, string>): void {
    if (this.closed) return;
    this.writeHead(status, headers);
    // Headers go out now so a client sees the stream start before the first event.
    this.res.flushHeaders();
  }

  async write(chunk: string): Promise<void> {
    if (this.closed) return;
    if (this.sabotage && !this.struck && this.writes >= WRITES_BEFORE_SABOTAGE) {
      await this.strike();
      if (this.closed) return;
    }
    this.writes++;
    if (!this.res.write(chunk, this.trackFlush())) await this.waitForDrain();
  }

  async end(): Promise<void> {
    if (this.sabotage && !this.struck) await this.strike();
    if (!this.closed) this.res.end();
  }

  private writeHead(status: number, headers: Record<string, string>): void {
    this.res.writeHead(status, { ...headers, ...this.extraHeaders });
  }

  private async strike(): Promise<void> {
    this.struck = true;
    if (!this.sabotage) return;
    await pause(this.sabotage.stallMs, this.signal);
    if (!this.sabotage.reset) return;
    // node corks the socket until the next tick: destroying now would drop the partial body too.
    await this.flushed;
    await pause(RESET_GRACE_MS, this.signal);
    this.res.destroy();
  }

  /** A write callback that lets `flushed` follow the latest write. */
  private trackFlush(): () => void {
    let done!: () => void;
    this.flushed = new Promise<void>((resolve) => (done = resolve));
    return () => done();
  }

  private waitForDrain(): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        this.res.off('drain', done);
        this.res.off('close', done);
        resolve();
      };
      this.res.on('drain', done);
      this.res.on('close', done);
    });
  }
}

export function sendJson(sink: ResponseSink, status: number, value: unknown): Promise<void> {
  return sink.sendWhole(status, { 'content-type': 'application/json; charset=utf-8' }, JSON.stringify(value));
}
