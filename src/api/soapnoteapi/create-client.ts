import { requireUrl, type ConnectionSettings, type RequestRuntime } from '../../http/connection.js';
import { HttpCore } from '../../http/core.js';
import { readVersion } from '../../version.js';
import { SoapNoteApiClient } from './client.js';

export const SOAPNOTEAPI_NOT_FOUND = 'notes expire after the retention period (see expires_at); generate it again';

/** Builds the SOAPNoteAPI client from resolved settings (the provider layer has checked a key is set where one is needed). */
export function createSoapNoteApiClient(connection: ConnectionSettings, runtime: RequestRuntime): SoapNoteApiClient {
  const { key, keySource, keyHint } = connection.service;
  return new SoapNoteApiClient(
    new HttpCore({
      service: 'SOAPNoteAPI',
      baseUrl: requireUrl(connection.service, 'base_url'),
      // Sent only when set: the specialty list is public, and a missing key must not block it.
      headers: key ? { authorization: `Bearer ${key}` } : {},
      userAgent: `soap/${readVersion()}`,
      maxRetries: connection.maxRetries,
      timeoutMs: connection.timeoutMs,
      hints: { auth: `check the key (${keySource}); ${keyHint}`, notFound: SOAPNOTEAPI_NOT_FOUND },
      signal: runtime.signal,
      debug: runtime.debug,
      warn: runtime.warn,
      rateGate: runtime.rateGate,
    }),
  );
}
