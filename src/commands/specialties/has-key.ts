import type { Env } from '../../context.js';
import { readConfigFile } from '../../config/read.js';

/**
 * Whether the list should come from SOAPNoteAPI: it is the chosen (or default) provider and a key is set. Checked
 * without loading zod or the HTTP stack, so the built-in list stays fast.
 */
export function shouldAskSoapNoteApi(flagProvider: string | undefined, env: Env): boolean {
  const file = readConfigFile(env);
  const provider = flagProvider ?? (env.SOAP_PROVIDER || undefined) ?? file.provider;
  if (provider !== undefined && provider !== 'soapnoteapi') return false;
  return Boolean(env.SOAPNOTEAPI_KEY || env.SOAPNOTE_API_KEY || typeof file['soapnoteapi.key'] === 'string');
}
