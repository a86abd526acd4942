/**
 * Sealed checker sets that have been opened (opened/<set>/, same layout as sealed/): once a set's blind figure is
 * recorded it becomes development data, so `eval:grounding` prints its figures next to the written-notes tables and
 * --written-misses lists its misses and false alarms.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportExternalSet } from './external-set.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'opened');

/** Prints each opened set's caught share and false alarms; with `list`, every miss and false alarm too. */
export function printOpenedSets(list: boolean): void {
  if (!existsSync(DIR)) return;
  for (const set of readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    console.log(`\nOpened sealed set ${set} (development data now):`);
    reportExternalSet(join(DIR, set), { list });
  }
}
