import { ExitCode } from '../../exit-codes.js';
import { PROVIDERS } from '../../providers/table.js';
import { formatExamples } from './examples.js';

/** What each exit code means, in a word or two; the README's Exit codes table says it in full. */
const EXIT_MEANINGS: Readonly<Record<keyof typeof ExitCode, string>> = {
  ok: 'success',
  failure: 'the service, the network or a job failed',
  usage: 'bad arguments or input (nothing paid was sent)',
  auth: 'no key, or the key was refused',
  insufficientBalance: 'out of credit',
  batchPartial: 'a batch finished with some inputs failed',
  groundingFindings: '--strict found unsupported statements',
  pending: 'a job is still running (the resume command is printed)',
  interrupted: 'Ctrl-C',
  outputClosed: 'stdout closed by its reader (| head)',
  terminated: 'SIGTERM',
};

/** Two columns, the first padded to the widest entry: how commander lays out options. */
function formatRows(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`).join('\n');
}

/** Comma-separated names wrapped to lines of at most `width` columns, each starting with `indent`. */
function wrapNames(names: string, indent: string, width = 80): string {
  const lines: string[] = [];
  for (const name of names.split(', ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last}, ${name},`.length <= width) lines[lines.length - 1] = `${last}, ${name}`;
    else lines.push(`${indent}${name}`);
  }
  return lines.join(',\n');
}

/** Names first, what they are for indented below: variable names are too long for two columns in 80. */
function formatStacked(rows: readonly (readonly [string, string])[]): string {
  return rows.map(([names, meaning]) => `${wrapNames(names, '  ')}\n      ${meaning}`).join('\n');
}

function describeEnvironment(): [string, string][] {
  const keys = PROVIDERS.flatMap((p) => p.key?.env ?? []);
  const urls = PROVIDERS.flatMap((p) => Object.values(p.urls).flatMap((u) => u.env));
  return [
    [keys.join(', '), 'API keys: with no provider chosen, the first one set picks the backend'],
    [urls.join(', '), 'base URLs (self-hosting, the emulator)'],
    ['SOAP_PROVIDER, SOAP_SPECIALTY, SOAP_TEMPLATE, SOAP_FORMAT', 'defaults for --provider, --specialty, --template, --format'],
    ['SOAP_CONFIG_DIR, SOAP_CACHE_DIR', 'where the config file and the specialty cache live'],
    ['HTTPS_PROXY, HTTP_PROXY, NO_PROXY, NODE_EXTRA_CA_CERTS', 'proxies and extra CA certificates'],
    ['NO_COLOR, FORCE_COLOR', 'colours off / on'],
    ['SOAP_TERM_GRACE_SECONDS', 'after SIGTERM, how long requests in flight may finish (default 10)'],
  ];
}

/**
 * What ends `soap --help`: a few examples, the environment variables, the exit codes, and where the README says more.
 * Settings resolve flags > environment > config file > defaults.
 */
export function describeProgramHelp(): string {
  const codes = (Object.keys(EXIT_MEANINGS) as (keyof typeof ExitCode)[]).map((name) => [String(ExitCode[name]), EXIT_MEANINGS[name]] as const);
  return [
    formatExamples([
      'soap note fixtures/transcripts/knee-injury.txt --specialty physician',
      'cat visit.txt | soap note - --json | jq -r .plan',
      'soap note encounters/ --out-dir notes/ --report run.ndjson',
    ]),
    `Environment (flags > environment > config file > defaults):\n${formatStacked(describeEnvironment())}\n`,
    `Exit codes:\n${formatRows(codes)}\n`,
    'More in README.md, in this package: Commands, Providers, Batch and CI, Exports,\n' +
      'Safety, Environment variables, Exit codes, Retries and timeouts, Networks,\n' +
      'The offline engine.\n',
  ].join('\n');
}
