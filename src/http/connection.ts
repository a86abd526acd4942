import type { RateGate } from './rate-gate.js';

/** A service's connection as settings resolved it: its key (and where it came from) and its URLs by name. */
export interface ServiceSettings {
  key: string | undefined;
  /** `SOAPNOTEAPI_KEY`, `config soapnoteapi.key`…: named in the hint of a refused key. */
  keySource: string;
  /** How to set the key, for the hint of a refused one. */
  keyHint: string;
  urls: Record<string, URL>;
}

/** What a client is built from: its service's settings and the request limits every service shares. */
export interface ConnectionSettings {
  service: ServiceSettings;
  maxRetries: number;
  timeoutMs: number;
}

/** The running command's hooks into a client: cancellation, the --debug trace, warnings and a batch's shared 429 gate. */
export interface RequestRuntime {
  signal: AbortSignal;
  debug?: (line: string) => void;
  /** One stderr line for the user (never a key, a transcript or a note). */
  warn?: (line: string) => void;
  rateGate?: RateGate;
}

/** The URL a provider's table row names; settings always resolve every one, so a missing one is a programming error. */
export function requireUrl(service: ServiceSettings, name: string): URL {
  const url = service.urls[name];
  if (!url) throw new Error(`no ${name} resolved for this service`);
  return url;
}
