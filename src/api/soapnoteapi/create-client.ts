import { MissingKeyError } from '../../errors.js';
import { HttpCore } from '../../http/core.js';
import { readVersion } from '../../version.js';
import type { Settings } from '../../config/resolve-settings.js';
import { createDebugSink, type CommandIo } from '../../commands/io.js';
import { SoapNoteApiClient } from './client.js';

const KEY_HINT = 'set it with `soap config set soapnoteapi.key` (reads the key from stdin) or export SOAPNOTEAPI_KEY';

export const SOAPNOTEAPI_HINTS = {
  auth: `check the key; ${KEY_HINT}`,
  notFound: 'notes expire after the retention period (see expires_at); generate it again',
};

/** Builds the SOAPNoteAPI client from resolved settings; refuses before sending anything when no key is set. */
export function createSoapNoteApiClient(settings: Settings, io: CommandIo, rateGate?: HttpCore['options']['rateGate']): SoapNoteApiClient {
  const { key, baseUrl } = settings.soapnoteapi;
  if (!key) throw new MissingKeyError('no SOAPNoteAPI key is set', { hint: KEY_HINT });
  return new SoapNoteApiClient(
    new HttpCore({
      service: 'SOAPNoteAPI',
      baseUrl,
      headers: { authorization: `Bearer ${key}` },
      userAgent: `soap/${readVersion()}`,
      maxRetries: settings.maxRetries,
      timeoutMs: settings.timeoutMs,
      hints: { ...SOAPNOTEAPI_HINTS, auth: `check the key (${settings.soapnoteapi.keySource}); ${KEY_HINT}` },
      signal: io.ctx.signal,
      debug: createDebugSink(io),
      rateGate,
    }),
  );
}
