import { z } from 'zod';
import { ApiError, AuthError, InsufficientBalanceError, SoapError, TimeoutError } from '../errors.js';
import { HttpCore } from '../http/core.js';
import { describeProxyFor } from '../http/dispatcher.js';
import { readVersion } from '../version.js';
import type { BackendRuntime, ConnectionSettings, ProviderDefinition } from './types.js';

/** Where a connection failed: the name, the connection, the certificate, the proxy, the clock, or after connecting. */
export type FailureStage = 'dns' | 'tcp' | 'tls' | 'proxy' | 'timeout' | 'connection';

export interface EndpointCheck {
  /** The URL's name in the provider table (`base_url`, `gateway_url`). */
  name: string;
  url: string;
  /** The proxy requests to it go through (`http://proxy:3128 (HTTPS_PROXY)`, never credentials), or undefined. */
  proxy: string | undefined;
  /** An HTTP answer came back (any status). */
  reachable: boolean;
  /** `verified` once an https answer came back: soap never turns verification off. */
  tls: 'verified' | 'failed' | 'not used' | 'unknown';
  /** The answer's status, when there was one. */
  status?: number;
  failure?: { stage: FailureStage; message: string; hint?: string };
}

export type KeyStatus = 'accepted' | 'refused' | 'missing' | 'not needed' | 'out of credit' | 'unchecked';

export interface KeyCheckResult {
  status: KeyStatus;
  /** The request that checked it (`GET /v1/models`), when one was sent. */
  request?: string;
  /** Why it is refused or unchecked, in the service's words (never the key). */
  message?: string;
  hint?: string;
}

export interface BackendCheck {
  endpoints: EndpointCheck[];
  key: KeyCheckResult;
}

/** The system call or undici code under a transport error (ENOTFOUND, ECONNREFUSED, UND_ERR_CONNECT_TIMEOUT…). */
function codeOf(err: unknown): string {
  let cause: unknown = err;
  for (let depth = 0; cause && depth < 4; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && code) return code;
    cause = (cause as { cause?: unknown }).cause;
  }
  return '';
}

function stageOf(err: SoapError, proxy: string | undefined): FailureStage {
  const code = codeOf(err.cause);
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code)) return 'tls';
  if (proxy) return 'proxy';
  if (err instanceof TimeoutError) return 'timeout';
  if (/^(ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_FAIL)$/.test(code)) return 'dns';
  if (/^(ECONNREFUSED|EHOSTUNREACH|ENETUNREACH|ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT)$/.test(code)) return 'tcp';
  return 'connection';
}

/** What one request to a URL showed: its answer's status, or where the connection failed. */
function readOutcome(name: string, url: URL, outcome: unknown, env: Record<string, string | undefined>): EndpointCheck {
  const proxy = describeProxyFor(url.origin, env);
  const https = url.protocol === 'https:';
  const base = { name, url: url.href.replace(/\/$/, ''), proxy };
  if (!(outcome instanceof SoapError) || outcome instanceof ApiError) {
    const status = outcome instanceof ApiError ? outcome.status : 200;
    return { ...base, reachable: true, tls: https ? 'verified' : 'not used', status };
  }
  const stage = stageOf(outcome, proxy);
  const failure = { stage, message: outcome.message, ...(outcome.hint ? { hint: outcome.hint } : {}) };
  return { ...base, reachable: false, tls: !https ? 'not used' : stage === 'tls' ? 'failed' : 'unknown', failure };
}

/** Runs a request and hands back what it resolved with or the typed error it threw (anything else is a bug: rethrown). */
async function settle(request: () => Promise<unknown>): Promise<unknown> {
  try {
    await request();
    return undefined;
  } catch (err) {
    if (err instanceof SoapError) return err;
    throw err;
  }
}

/** A URL the key is not checked at: any HTTP answer to `GET /`, sent without the key, shows it can be reached. */
function probe(url: URL, connection: ConnectionSettings, runtime: BackendRuntime, label: string): Promise<unknown> {
  const core = new HttpCore({
    service: label,
    baseUrl: url,
    headers: {},
    userAgent: `soap/${readVersion()}`,
    maxRetries: 0,
    timeoutMs: connection.timeoutMs,
    hints: { auth: '' },
    signal: runtime.signal,
    debug: runtime.debug,
  });
  return settle(() => core.json({ method: 'GET', path: '/' }, z.unknown()));
}

function readKeyOutcome(row: ProviderDefinition, connection: ConnectionSettings, outcome: unknown): KeyCheckResult {
  const request = row.keyCheck!.request;
  const hasKey = connection.service.key !== undefined;
  const needsKey = row.key !== undefined && !row.key.optional?.(connection);
  if (outcome instanceof AuthError) {
    const hint = hasKey ? `check the key (${connection.service.keySource}); ${connection.service.keyHint}` : connection.service.keyHint;
    return { status: hasKey ? 'refused' : 'missing', request, message: outcome.message, hint };
  }
  if (outcome instanceof InsufficientBalanceError) return { status: 'out of credit', request, message: outcome.message, hint: outcome.hint };
  const accepted = outcome === undefined || (outcome instanceof ApiError && row.keyCheck!.acceptedStatuses.includes(outcome.status));
  if (accepted) {
    if (hasKey) return { status: 'accepted', request };
    return needsKey ? { status: 'missing', request, hint: connection.service.keyHint } : { status: 'not needed', request };
  }
  if (!hasKey && needsKey) return { status: 'missing', request, hint: connection.service.keyHint };
  return { status: 'unchecked', request, ...(outcome instanceof SoapError ? { message: outcome.message, ...(outcome.hint ? { hint: outcome.hint } : {}) } : {}) };
}

/**
 * `soap doctor` for one backend: each of its URLs reached once (GET requests without a body: nothing of a patient is
 * sent), the one its key check names with that check, the others with a bare `GET /` that carries no key.
 */
export async function checkBackend(
  row: ProviderDefinition,
  connection: ConnectionSettings,
  runtime: BackendRuntime,
  env: Record<string, string | undefined>,
): Promise<BackendCheck> {
  let keyOutcome: unknown;
  const endpoints = await Promise.all(
    Object.entries(connection.service.urls).map(async ([name, url]) => {
      if (row.keyCheck?.url !== name) return readOutcome(name, url, await probe(url, connection, runtime, row.label), env);
      keyOutcome = await settle(() => row.keyCheck!.send(connection, runtime));
      return readOutcome(name, url, keyOutcome, env);
    }),
  );
  const checked = endpoints.find((e) => e.name === row.keyCheck?.url);
  const key: KeyCheckResult = !row.keyCheck
    ? { status: 'unchecked' }
    : checked?.reachable
      ? readKeyOutcome(row, connection, keyOutcome)
      : { status: connection.service.key === undefined && row.key && !row.key.optional?.(connection) ? 'missing' : 'unchecked', request: row.keyCheck.request };
  return { endpoints, key };
}
