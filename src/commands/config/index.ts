import type { Command } from 'commander';
import type { DefineAction } from '../define-action.js';

export function registerConfig(program: Command, defineAction: DefineAction): void {
  const config = program
    .command('config')
    .summary('show or change settings (keys, defaults)')
    .description('Show or change settings. Keys: soapnoteapi.key, assemblyai.key, openai.key, soapnoteapi.base_url, assemblyai.base_url, assemblyai.gateway_url, openai.base_url, provider, specialty, template, format.');
  const load = () => import('./run.js');
  config
    .command('set')
    .description('set a value; for a *.key, omit the value to read it from stdin (keeps it out of shell history)')
    .argument('<key>')
    .argument('[value]')
    .action(defineAction(async (io, key: string, value: string | undefined) => (await load()).runConfigSet(key, value, io)));
  config.command('get').description('print one value (keys masked)').argument('<key>').action(defineAction(async (io, key: string) => (await load()).runConfigGet(key, io)));
  config.command('unset').description('remove a value').argument('<key>').action(defineAction(async (io, key: string) => (await load()).runConfigUnset(key, io)));
  config
    .command('list')
    .description('print every value set in the config file (keys masked)')
    .option('--json', 'as JSON')
    .action(defineAction(async (io, opts: { json?: boolean }) => (await load()).runConfigList(opts, io)));
  config.command('path').description('print where the config file is').action(defineAction(async (io) => (await load()).runConfigPath(io)));
}
