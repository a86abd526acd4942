import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fault } from '../emulator/index.js';
import { runSoap } from '../helpers/run-cli.js';
import { ENDPOINTS, hits, startFor, type Endpoint, type Running } from './endpoints.js';

/**
 * Answers that are not the service's JSON, each told apart: a redirect (named, never followed — the key must not
 * travel to an address the user did not give), 413 (the input is too large; retrying will not help), 204, an empty
 * body and an HTML page (three different lines). One endpoint of each kind per service; each case exits 1 with one
 * line, and the endpoint sees one request (only a 5xx is retried).
 */

/** A server at another origin, standing for wherever a redirect points: it must never be asked anything. */
let elsewhere: Server;
let elsewhereUrl = '';
const elsewhereSaw: IncomingMessage[] = [];
beforeAll(async () => {
  elsewhere = createServer((req, res) => {
    elsewhereSaw.push(req);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => elsewhere.close(resolve));
});

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HTML = '<!DOCTYPE html><html><head><title>Sign in</title></head><body>Please sign in to continue.</body></html>';

interface Shape {
  name: string;
  fault: (run: Running) => Omit<Fault, 'method' | 'path'>;
  /** The line, after `✗ <service label> `. */
  message: (run: Running, e: Endpoint) => RegExp;
  /** Must be in the hint (after ` — `). */
  hint: RegExp;
  /** A 5xx is retried (--max-retries 1: two requests); nothing else here is. */
  retried?: boolean;
}

const REDIRECT_HINT = /update --base-url .* to the new address/;
const what = (e: Endpoint) => `${e.method} ${esc(e.name.replace(/^.* (GET|POST) /, '').replace(/ \(stream\)$/, ''))}`;
const instead = (e: Endpoint) => (e.kind === 'sse' ? 'a stream' : 'JSON');

const SHAPES: Shape[] = [
  {
    name: '301 to another origin, with a token in the query',
    fault: () => ({ status: 301, rawBody: '', headers: { location: `${elsewhereUrl}/v9/moved?token=Secr3tT0ken&x=1` } }),
    message: () => new RegExp(`answered HTTP 301 \\(moved permanently\\), a redirect to ${esc(elsewhereUrl)}/v9/moved; soap does not follow redirects, so your key is not sent there`),
    hint: REDIRECT_HINT,
  },
  {
    name: '302 with a relative Location',
    fault: () => ({ status: 302, rawBody: '<a href="/login">moved</a>', contentType: 'text/html', headers: { location: '/login?next=%2Fv1%2Fnote' } }),
    message: (run) => new RegExp(`answered HTTP 302 \\(found\\), a redirect to ${esc(new URL(run.emu.url).origin)}/login;`),
    hint: REDIRECT_HINT,
  },
  {
    name: '307 to another origin',
    fault: () => ({ status: 307, rawBody: '', headers: { location: `${elsewhereUrl}/v1/note` } }),
    message: () => new RegExp(`answered HTTP 307 \\(temporary redirect\\), a redirect to ${esc(elsewhereUrl)}/v1/note;`),
    hint: REDIRECT_HINT,
  },
  {
    name: '308 with credentials in the Location',
    fault: () => ({ status: 308, rawBody: '', headers: { location: `http://user:pa55word@127.0.0.1:9/new` } }),
    message: () => /answered HTTP 308 \(permanent redirect\), a redirect to http:\/\/127\.0\.0\.1:9\/new;/,
    hint: REDIRECT_HINT,
  },
  { name: 'a redirect without a Location', fault: () => ({ status: 302, rawBody: '' }), message: () => /answered HTTP 302 \(found\), a redirect to no Location at all;/, hint: REDIRECT_HINT },
  {
    name: "413 from a proxy (an HTML page)",
    fault: () => ({ status: 413, rawBody: '<html><body><h1>413 Request Entity Too Large</h1></body></html>', contentType: 'text/html' }),
    message: () => /refused the request as too large \(HTTP 413\)/,
    hint: /split a long transcript, or shorten or compress a recording .*; retrying will not help$/,
  },
  {
    name: "413 from the service (its JSON)",
    fault: () => ({ status: 413, rawBody: JSON.stringify({ error: { code: 'PAYLOAD_TOO_LARGE', message: 'Request body exceeds 1 MB' } }) }),
    message: () => /refused the request as too large \(HTTP 413: Request body exceeds 1 MB\)/,
    hint: /retrying will not help$/,
  },
  { name: '204 No Content', fault: () => ({ status: 204, rawBody: '' }), message: (_run, e) => new RegExp(`answered ${what(e)} with 204 No Content: there is no answer to read`), hint: /check --base-url/ },
  { name: '200 with an empty body', fault: () => ({ status: 200, rawBody: '' }), message: (_run, e) => new RegExp(`answered ${what(e)} with HTTP 200 and an empty body`), hint: /retry later/ },
  {
    name: '200 with an HTML sign-in page',
    fault: () => ({ status: 200, rawBody: HTML, contentType: 'text/html; charset=utf-8' }),
    message: (_run, e) => new RegExp(`answered ${what(e)} with an HTML page instead of ${instead(e)} \\(a proxy, captive portal or sign-in page may have answered\\)`),
    hint: /check --base-url and proxy settings/,
  },
  { name: '502 with an empty body', fault: () => ({ status: 502, rawBody: '' }), message: () => /answered HTTP 502 with an empty body/, hint: /retry later/, retried: true },
  { name: '404 with an HTML page', fault: () => ({ status: 404, rawBody: HTML, contentType: 'text/html' }), message: () => /answered HTTP 404 with an HTML page/, hint: /check --base-url/ },
];

/** One endpoint of each kind per service: a JSON answer, a stream, an upload. */
const PICKED = [
  'SOAPNoteAPI POST /v1/note',
  'SOAPNoteAPI POST /v1/stream/note',
  'AssemblyAI POST /v2/upload',
  'AssemblyAI LLM Gateway POST /v1/chat/completions',
  'OpenAI POST /v1/chat/completions (stream)',
];
const endpoints = ENDPOINTS.filter((e) => PICKED.includes(e.name));

describe('answers that are not the service’s JSON: told apart, one line each, exit 1', () => {
  it('picks every endpoint it names', () => {
    expect(endpoints.map((e) => e.name)).toEqual(PICKED);
  });

  const rows = endpoints.flatMap((e) => SHAPES.map((shape) => [`${e.name} × ${shape.name}`, e, shape] as const));
  describe.concurrent('every picked endpoint × answer shape', () => {
    it.for(rows)('%s', async ([, endpoint, shape], { expect }) => {
      const run = await startFor(endpoint.service);
      try {
        const args = await endpoint.args(run);
        run.emu.fault({ method: endpoint.method, path: endpoint.path, ...shape.fault(run), times: Infinity });
        const before = elsewhereSaw.length;
        const r = await runSoap([...args, '--max-retries', '1'], { env: run.env });
        const lines = r.stderr.split('\n').filter(Boolean);
        expect(lines, r.stderr).toHaveLength(1);
        const [said, hint = ''] = lines[0]!.split(' — ');
        expect(said).toMatch(new RegExp(`^✗ ${esc(endpoint.label(run))} `));
        expect(said).toMatch(shape.message(run, endpoint));
        expect(hint).toMatch(shape.hint);
        // Only the origin and path of a redirect are shown: never its query or a password in it.
        expect(lines[0]).not.toMatch(/Secr3tT0ken|pa55word|next=/);
        expect(r.code, r.stderr).toBe(1);
        // Not followed (none at the other origin), and not retried unless a 5xx.
        expect(hits(run, endpoint)).toHaveLength(shape.retried ? 2 : 1);
        expect(elsewhereSaw.length - before).toBe(0);
      } finally {
        await run.emu.close();
      }
    });
  });

  it('204, an empty body and an HTML page are three different lines', async () => {
    const shapes = SHAPES.filter((s) => /^(204|200)/.test(s.name));
    for (const endpoint of endpoints) {
      const seen = new Set<string>();
      for (const shape of shapes) {
        const run = await startFor(endpoint.service);
        try {
          const args = await endpoint.args(run);
          run.emu.fault({ method: endpoint.method, path: endpoint.path, ...shape.fault(run), times: Infinity });
          const r = await runSoap([...args, '--max-retries', '0'], { env: run.env });
          seen.add(r.stderr.replace(/ \(request id [^)]*\)/, ''));
        } finally {
          await run.emu.close();
        }
      }
      expect(seen.size, endpoint.name).toBe(3);
    }
  });
});
