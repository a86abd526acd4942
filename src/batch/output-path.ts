import { basename, dirname, join, posix } from 'node:path';
import { UsageError } from '../errors.js';
import type { BatchInput } from './expand-inputs.js';

import type { Format as OutputFormat } from '../output/formats.js';

const EXTENSIONS: Record<OutputFormat, string> = { text: 'txt', json: 'json', markdown: 'md', fhir: 'fhir.json' };

/** `<outDir>/<relative dir>/<stem>.soap.<ext>`: the inputs' tree mirrored, one note per input. */
export function outputPathFor(input: BatchInput, outDir: string, format: OutputFormat): string {
  const { dir, name } = posix.parse(input.relative);
  // `relative` comes from our own expansion and never climbs; refusing here keeps a bug from writing outside outDir.
  if (posix.isAbsolute(input.relative) || dir.split('/').includes('..')) {
    throw new UsageError(`${input.path}: cannot mirror "${input.relative}" under --out-dir`);
  }
  return join(outDir, ...(dir ? dir.split('/') : []), `${name}.soap.${EXTENSIONS[format]}`);
}

/** The claim file of an output: hidden, beside it, so walks and globs never take it for an input. */
export function claimPathFor(output: string): string {
  return join(dirname(output), `.${basename(output)}.claim`);
}

/**
 * Refuses, before anything is sent, inputs that would share an output file: `a/visit.txt` and `b/visit.txt` given
 * as plain files (both mirror to `visit`), or `visit.mp3` beside `visit.wav`. Otherwise the second would be
 * skipped as "already done" on a re-run, or overwrite the first.
 */
export function assertDistinctOutputs(inputs: BatchInput[], outDir: string, format: OutputFormat): void {
  const owners = new Map<string, string>();
  for (const input of inputs) {
    const output = outputPathFor(input, outDir, format);
    const owner = owners.get(output);
    if (owner !== undefined) {
      throw new UsageError(`${owner} and ${input.path} would both be written to ${output}`, {
        hint: 'give their common folder instead of the files (the folder tree is mirrored), or run them separately',
      });
    }
    owners.set(output, input.path);
  }
}
