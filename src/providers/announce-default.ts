import type { Settings } from '../config/resolve-settings.js';
import type { CommandIo } from '../commands/io.js';

/** One stderr line when the offline engine was picked because nothing else was configured. */
export function announceDefaultProvider(settings: Settings, io: CommandIo): void {
  if (!settings.providerDefaulted || io.globals.quiet) return;
  io.ctx.stderr.write(
    'ℹ no provider or key configured: using the offline engine (--provider local); for a hosted backend set SOAPNOTEAPI_KEY or ASSEMBLYAI_API_KEY, or run soap config set provider <name>\n',
  );
}
