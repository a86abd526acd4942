import type { Env } from '../../context.js';
import { readConfigFile } from '../../config/read.js';

/** Whether a SOAPNoteAPI key is set anywhere, checked without loading zod or the HTTP stack. */
export function hasSoapNoteApiKey(env: Env): boolean {
  if (env.SOAPNOTEAPI_KEY || env.SOAPNOTE_API_KEY) return true;
  return typeof readConfigFile(env)['soapnoteapi.key'] === 'string';
}
