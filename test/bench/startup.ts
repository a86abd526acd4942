import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, report, timeProcess } from './measure.js';

const RUNS = Number(process.env.SOAP_BENCH_RUNS ?? 30);

/** Start-up cost: `soap --version`, `--help` and `specialties --json` against a bare `node -e 0`. */
export function benchStartup(): void {
  const env = { PATH: process.env.PATH, SOAP_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'soap-bench-')) };
  const sample = (args: string[]) => {
    timeProcess(process.execPath, args, env); // warm the file cache
    return median(Array.from({ length: RUNS }, () => timeProcess(process.execPath, args, env)));
  };
  const baseline = sample(['-e', '0']);
  report('node -e 0 (baseline)', `${baseline.toFixed(1)} ms`, `median of ${RUNS}`);
  for (const args of [['--version'], ['--help'], ['specialties', '--json']]) {
    const ms = sample(['bin/soap.js', ...args]);
    const ratio = ms / baseline;
    const target = args[0] === '--version' ? (ratio < 2 ? 'ok (target < 2)' : 'OVER target 2') : '';
    report(`soap ${args.join(' ')}`, `${ms.toFixed(1)} ms (×${ratio.toFixed(2)})`, target);
  }
}
