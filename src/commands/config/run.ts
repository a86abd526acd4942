import type { CommandIo } from '../command-io.js';
import { SoapError, UsageError } from '../../errors.js';
import { ExitCode } from '../../exit-codes.js';
import { CONFIG_KEYS, FORMATS, PROVIDERS, SECRET_KEYS, describeKeyShape, describeWrongType, displayConfigValue, isConfigKey, type ConfigKey } from '../../config/schema.js';
import { resolveConfigPath } from '../../config/paths.js';
import { readConfigFile } from '../../config/read.js';
import { openConfigStore } from '../../config/store.js';
import { chooseBackend } from '../shared/options.js';
import { confirmSpecialty } from '../shared/specialty.js';
import { describeChoices, suggestClosest } from '../shared/suggest.js';
import { readSecret } from './read-secret.js';

/** The settings that take one of a few values: a typo is refused with the closest one, as `--provider` refuses it. */
const CHOICES: Readonly<Record<string, readonly string[]>> = { provider: PROVIDERS, format: FORMATS };

function checkKey(key: string): ConfigKey {
  if (isConfigKey(key)) return key;
  const close = suggestClosest(key, Object.keys(CONFIG_KEYS));
  throw new UsageError(`unknown config key "${key}"${close ? ` (did you mean ${close}?)` : ''}`, { hint: `known keys: ${Object.keys(CONFIG_KEYS).join(', ')}` });
}

export async function runConfigSet(rawKey: string, rawValue: string | undefined, io: CommandIo): Promise<number> {
  const key = checkKey(rawKey);
  const secret = SECRET_KEYS.has(key);
  if (rawValue === undefined && !secret) throw new UsageError(`config set ${key}: a value is required`);
  if (rawValue !== undefined && secret) {
    io.ctx.stderr.write('! a key given on the command line stays in your shell history; next time omit it and paste it on stdin\n');
  }
  const value = rawValue ?? (await readSecret(io.ctx, `Paste the ${key}, then press Enter: `));
  const checked = CONFIG_KEYS[key]!.safeParse(value);
  if (!checked.success) {
    const choices = CHOICES[key];
    const why = choices ? `unknown ${key} "${value}" ${describeChoices(value, choices)}` : (checked.error.issues[0]?.message ?? 'invalid value');
    throw new UsageError(`config set ${key}: ${why}`);
  }
  const shape = describeKeyShape(key, value);
  if (shape) io.warn(`${key} is not of the documented shape (${shape}); stored anyway, the service decides`);
  // A specialty is checked as the commands check it (the service's list where there is one): the stored id is its own.
  let stored = value;
  if (key === 'specialty') {
    const choice = chooseBackend({ specialty: value }, io.ctx.env);
    stored = await confirmSpecialty(value, { ...choice, settings: { ...choice.settings, specialtySource: 'config set specialty' } }, io);
  }
  const store = await openConfigStore(io.ctx.env);
  store.set(key, stored);
  if (!io.globals.quiet) io.ctx.stderr.write(`✓ ${key} = ${displayConfigValue(key, stored)}\n`);
  return ExitCode.ok;
}

export function runConfigGet(rawKey: string, io: CommandIo): number {
  const key = checkKey(rawKey);
  const value = readConfigFile(io.ctx.env)[key];
  if (value === undefined) throw new SoapError(`${key} is not set`, { hint: `set it with soap config set ${key}` });
  // A value that no command can use is an error here too, as it is wherever it is read; the value is not shown.
  const wrong = describeWrongType(value);
  if (wrong) throw new UsageError(`${resolveConfigPath(io.ctx.env)}: ${key} ${wrong}`, { hint: `set it again: soap config set ${key}` });
  io.ctx.stdout.write(`${displayConfigValue(key, value)}\n`);
  return ExitCode.ok;
}

export async function runConfigUnset(rawKey: string, io: CommandIo): Promise<number> {
  const key = checkKey(rawKey);
  const store = await openConfigStore(io.ctx.env);
  store.delete(key);
  if (!io.globals.quiet) io.ctx.stderr.write(`✓ ${key} unset\n`);
  return ExitCode.ok;
}

export function runConfigList(opts: { json: boolean }, io: CommandIo): number {
  const entries = Object.entries(readConfigFile(io.ctx.env))
    .filter(([k]) => isConfigKey(k))
    .map(([k, v]) => [k, displayConfigValue(k, v)] as const);
  if (opts.json) io.ctx.stdout.write(`${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`);
  else io.ctx.stdout.write(entries.map(([k, v]) => `${k}=${v}\n`).join(''));
  return ExitCode.ok;
}

export function runConfigPath(io: CommandIo): number {
  io.ctx.stdout.write(`${resolveConfigPath(io.ctx.env)}\n`);
  return ExitCode.ok;
}
