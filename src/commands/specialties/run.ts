import type { CommandIo } from '../io.js';
import type { CommonFlags } from '../../config/resolve-settings.js';
import { shouldUseColor } from '../../context.js';
import { ExitCode } from '../../exit-codes.js';
import { SPECIALTIES } from '../../specialties.js';
import { renderSpecialties } from '../../render/specialties.js';
import { createStyle } from '../../ui/style.js';
import { shouldAskSoapNoteApi } from './has-key.js';

type Specialty = { id: string; name: string };

async function fetchSpecialties(flags: CommonFlags, io: CommandIo): Promise<Specialty[]> {
  // Loaded only here: listing the built-in specialties must not pay for undici and zod.
  const { resolveSettings } = await import('../../config/resolve-settings.js');
  const { createSoapNoteApiClient } = await import('../../api/soapnoteapi/create-client.js');
  const client = createSoapNoteApiClient(resolveSettings(flags, io.ctx.env), io);
  const { data } = await client.listSpecialties();
  return data.map((s) => ({ id: s.id, name: s.name }));
}

/** `soap specialties`: the service's list when SOAPNoteAPI is the backend and a key is set, the built-in one otherwise. */
export async function runSpecialties(flags: CommonFlags, io: CommandIo): Promise<number> {
  const remote = shouldAskSoapNoteApi(flags.provider, io.ctx.env);
  const list: Specialty[] = remote ? await fetchSpecialties(flags, io) : SPECIALTIES.map((s) => ({ ...s }));
  if (flags.json) {
    io.ctx.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return ExitCode.ok;
  }
  const style = await createStyle(shouldUseColor(io.ctx.stdout, io.ctx.env, io.globals.color));
  io.ctx.stdout.write(renderSpecialties(list, style, io.ctx.stdout.isTTY === true));
  return ExitCode.ok;
}
