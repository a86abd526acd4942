import type { z } from 'zod';
import { UsageError } from '../errors.js';
import { decodeText } from './decode-text.js';
import { readInputBytes, type InputSource } from './read-text.js';

const MAX_JSON_BYTES = 10 * 1024 * 1024;

function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

/**
 * Where and what, never the text: V8's JSON.parse messages quote the source around the error (`Unexpected token
 * 'M', "Maria Lope"... is not valid JSON`), which in these files is patient data.
 */
export function describeJsonSyntaxError(err: Error, text: string): string {
  const what = /end of JSON input/i.test(err.message) ? 'it ends too early' : 'unexpected character';
  const at = /at position (\d+)/.exec(err.message);
  if (!at) return what;
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${what} at line ${line}, column ${column}`;
}

/** Reads a JSON file (or stdin for "-") once and parses it; errors name the file, never quote its text. */
export async function readJsonValue(path: string, source: InputSource): Promise<{ value: unknown; label: string }> {
  const { bytes, label } = await readInputBytes(path, source, MAX_JSON_BYTES);
  const text = decodeText(bytes, label);
  try {
    return { value: JSON.parse(text) as unknown, label };
  } catch (err) {
    throw new UsageError(`${label}: not valid JSON (${describeJsonSyntaxError(err as Error, text)})`, { hint: 'check it with jq . < file' });
  }
}

/** Validates parsed JSON; errors name the file and the JSON path (`context.json: patient_info.age: …`). */
export function validateJson<S extends z.ZodType>(value: unknown, schema: S, label: string, root = ''): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = formatPath([...(root ? [root] : []), ...issue.path]) || '(top level)';
    throw new UsageError(`${label}: ${where}: ${issue.message}`, { hint: 'see the README for the expected shape' });
  }
  return result.data;
}

/** Reads a JSON file and validates it. */
export async function readJsonFile<S extends z.ZodType>(path: string, schema: S, source: InputSource, root = ''): Promise<z.infer<S>> {
  const { value, label } = await readJsonValue(path, source);
  return validateJson(value, schema, label, root);
}
