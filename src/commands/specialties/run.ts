import type { CommandIo } from '../command-io.js';
import { connectionOf } from '../../config/resolve-settings.js';
import { shouldUseColor } from '../../context.js';
import { ExitCode } from '../../exit-codes.js';
import { writeSpecialtyCache } from '../../config/specialty-cache.js';
import type { Specialty } from '../../providers/index.js';
import { SPECIALTIES } from '../../specialties.js';
import { renderSpecialties } from '../../render/specialties.js';
import { isDecoratedTerminal } from '../../ui/progress.js';
import { createStyle } from '../../ui/style.js';
import { createBackendRuntime } from '../shared/runtime.js';
import type { SpecialtiesOptions } from './options.js';

/**
 * `soap specialties`: the service's live list when the chosen backend keeps one (fetched without a key if none is set,
 * and cached for the specialty checks of other commands), the built-in one otherwise.
 */
export async function runSpecialties(options: SpecialtiesOptions, io: CommandIo): Promise<number> {
  const { settings } = options;
  let list: Specialty[] = SPECIALTIES.map((s) => ({ ...s }));
  const connection = connectionOf(settings);
  if (options.remote && options.provider.fetchSpecialties) {
    // Not through loadBackend: the key the list is fetched with is registered with the scrubber here.
    io.scrubber.addSecret(connection.service.key);
    list = await options.provider.fetchSpecialties(connection, createBackendRuntime(io));
    const baseUrl = connection.service.urls.base_url;
    if (baseUrl) await writeSpecialtyCache(io.ctx.env, baseUrl, list);
  }
  if (options.json) {
    io.ctx.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return ExitCode.ok;
  }
  const style = await createStyle(shouldUseColor(io.ctx.stdout, io.ctx.env, io.globals.color));
  io.ctx.stdout.write(renderSpecialties(list, style, isDecoratedTerminal(io.ctx.stdout), io.ctx.stdout.columns));
  return ExitCode.ok;
}
