import type { DefineAction, Program } from '../define-action.js';
import { formatExamples } from '../help/examples.js';

export function registerDoctor(program: Program, defineAction: DefineAction): void {
  const cmd = program
    .command('doctor')
    .summary('check the config file, keys, network and TLS for each configured backend')
    .description(
      'Check the setup: the config file (path, mode, whether it parses), which keys are set (masked), and for each backend with a key or a base URL set: reachable, proxy, TLS verified, key accepted — one GET each, which costs nothing and sends no patient data. Exit 0 when all is well, 3 when the only problems are keys refused or missing, 1 otherwise.',
    )
    .option('--json', 'print the findings as one JSON document')
    .option('--timeout <seconds>', 'time limit of each check (default 10)')
    .addHelpText('after', formatExamples(['soap doctor', 'soap doctor --json | jq \'.problems\'', 'soap doctor --timeout 3']));
  defineAction(cmd, async (io, _args, raw) => {
    const { parseDoctorOptions } = await import('./options.js');
    return (await import('./run.js')).runDoctor(parseDoctorOptions(raw), io);
  });
}
