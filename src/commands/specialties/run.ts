import type { CommandIo } from '../command-io.js';
import { connectionOf } from '../../config/resolve-settings.js';
import { shouldUseColor } from '../../context.js';
import { ExitCode } from '../../exit-codes.js';
import { SPECIALTIES } from '../../specialties.js';
import { renderSpecialties } from '../../render/specialties.js';
import { isDecoratedTerminal } from '../../ui/progress.js';
import { createStyle } from '../../ui/style.js';
import { DEFAULT_BACKEND_OPTIONS } from '../shared/options.js';
import { createBackendRuntime } from '../shared/runtime.js';
import type { SpecialtiesOptions } from './options.js';

/** `soap specialties`: the service's list when the chosen backend keeps one and a key is set, the built-in one otherwise. */
export async function runSpecialties(options: SpecialtiesOptions, io: CommandIo): Promise<number> {
  const { settings } = options;
  let list = SPECIALTIES.map((s) => ({ ...s }));
  if (options.remote) {
    const backend = await io.loadBackend(options.provider, connectionOf(settings), createBackendRuntime(io), DEFAULT_BACKEND_OPTIONS);
    list = await backend.listSpecialties!();
  }
  if (options.json) {
    io.ctx.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return ExitCode.ok;
  }
  const style = await createStyle(shouldUseColor(io.ctx.stdout, io.ctx.env, io.globals.color));
  io.ctx.stdout.write(renderSpecialties(list, style, isDecoratedTerminal(io.ctx.stdout)));
  return ExitCode.ok;
}
