import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RecordedRequest } from './types.js';

/** What every emulator records of a request before reading its body. */
export function startRecord(req: IncomingMessage): RecordedRequest {
  const url = new URL(req.url ?? '/', 'http://emulator.invalid');
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: { ...req.headers },
    body: Buffer.alloc(0),
    bodySize: 0,
  };
}

/** An abort signal for one request, fired when its client goes away; kept in `inflight` so close() can end it. */
export function trackRequest(res: ServerResponse, inflight: Set<AbortController>): AbortController {
  const controller = new AbortController();
  inflight.add(controller);
  res.on('close', () => {
    controller.abort();
    inflight.delete(controller);
  });
  return controller;
}

/** Listens on `port` (0: any free one) and returns where. */
export async function listenOn(server: Server, opts: { port?: number; host?: string; tls?: boolean }): Promise<{ port: number; url: string }> {
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return { port, url: `${opts.tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}` };
}

/** Ends requests in flight (so no timer outlives the server) and closes every connection. */
export async function closeServer(server: Server, inflight: Set<AbortController>): Promise<void> {
  for (const controller of inflight) controller.abort();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  await closed;
}

/** For the standalone runners: close cleanly on Ctrl-C or SIGTERM, then exit. */
export function closeOnSignals(emulator: { close(): Promise<void> }): void {
  const stop = (): void => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
