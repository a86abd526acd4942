import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

interface Metafile {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

/**
 * The sources (src/… and node_modules/… paths, as the bundler saw them) inside the bundle's chunks that a process
 * loaded, from the list of files it required and dist/metafile.json (written by scripts/build.mjs).
 */
export function sourcesInChunks(loadedFiles: string[]): string[] {
  const meta = JSON.parse(readFileSync('dist/metafile.json', 'utf8')) as Metafile;
  const chunks = loadedFiles.map((file) => relative(process.cwd(), resolve(file)).replaceAll('\\', '/')).filter((file) => file.startsWith('dist/'));
  const unknown = chunks.filter((chunk) => !meta.outputs[chunk]);
  if (unknown.length > 0) throw new Error(`not in dist/metafile.json (rebuild?): ${unknown.join(', ')}`);
  return [...new Set(chunks.flatMap((chunk) => Object.keys(meta.outputs[chunk]!.inputs)))];
}
