import type { Program } from '../define-action.js';
import { CONFIG_KEY_NAMES } from '../../config/keys.js';
import type { DefineAction } from '../define-action.js';
import { formatExamples } from '../help/examples.js';

export function registerConfig(program: Program, defineAction: DefineAction): void {
  const config = program
    .command('config')
    .summary('show or change settings (keys, defaults)')
    .description(`Show or change settings. Keys: ${CONFIG_KEY_NAMES.join(', ')}.`)
    .addHelpText('after', formatExamples(['soap config set soapnoteapi.key < key.txt', 'soap config set specialty physician', 'soap config list --json', 'soap config path']));
  const load = () => import('./run.js');
  defineAction(
    config
      .command('set')
      .description('set a value; for a *.key, omit the value to read it from stdin (keeps it out of shell history)')
      .argument('<key>')
      .argument('[value]')
      .addHelpText('after', formatExamples(['soap config set soapnoteapi.key < key.txt', 'soap config set specialty "Nurse Practitioner"', 'soap config set provider assemblyai'])),
    async (io, [key, value]) => (await load()).runConfigSet(key, value, io),
  );
  defineAction(
    config
      .command('get')
      .description('print one value (keys masked)')
      .argument('<key>')
      .addHelpText('after', formatExamples(['soap config get specialty', 'soap config get soapnoteapi.key'])),
    async (io, [key]) => (await load()).runConfigGet(key, io),
  );
  defineAction(
    config
      .command('unset')
      .description('remove a value')
      .argument('<key>')
      .addHelpText('after', formatExamples(['soap config unset provider', 'soap config unset assemblyai.key'])),
    async (io, [key]) => (await load()).runConfigUnset(key, io),
  );
  defineAction(
    config
      .command('list')
      .description('print every value set in the config file (keys masked)')
      .option('--json', 'as JSON')
      .addHelpText('after', formatExamples(['soap config list', 'soap config list --json | jq -r .provider'])),
    async (io, _args, opts) => (await load()).runConfigList({ json: Boolean(opts.json) }, io),
  );
  defineAction(
    config
      .command('path')
      .description('print where the config file is')
      .addHelpText('after', formatExamples(['soap config path', 'SOAP_CONFIG_DIR=/etc/soap soap config path'])),
    async (io) => (await load()).runConfigPath(io),
  );
}
