/**
 * Finds the line of a JSON file a value was written on, so evidence points into the file as the speech service wrote
 * it. The search only moves forward: the values of a transcript are read in file order, and a service often writes
 * the whole text once before its utterances (Amazon's `transcripts`, Azure's `combinedRecognizedPhrases`), which a
 * search from the top would find first.
 */

export interface LineFinder {
  /** Moves the search to the next line holding `"key":`, where the list being read starts (kept if there is none). */
  skipTo(key: string): void;
  /**
   * The line (from 1) a string value is written on, searched from the last one found: a single word whole (`"fever"`,
   * quotes included, so a longer text that merely contains it does not count), longer text by its opening.
   * Where it cannot be found (written with other escapes), the last line found.
   */
  lineOf(value: string): number;
}

/** A finder over the file's lines (split once by the caller, as each reader tried starts a finder of its own). */
export function makeLineFinder(lines: readonly string[]): LineFinder {
  let cursor = 0;
  // The search only moves forward, so a value not found once is never found later: it is not looked for again (a
  // word written with other escapes would otherwise cost a search to the end of a long file at each use).
  const missing = new Set<string>();
  return {
    skipTo(key) {
      const probe = JSON.stringify(key);
      const at = searchFrom(lines, cursor, (l) => keyAt(l, probe));
      if (at >= 0) cursor = at;
    },
    lineOf(value) {
      const whole = !/\s/.test(value.trim());
      // Python's json.dump writes "I\u2019m" for "I’m" unless told otherwise, so both spellings are looked for.
      const probes = [JSON.stringify(value), escapeNonAscii(JSON.stringify(value))].map((p) => (whole ? p : p.slice(0, 25)));
      if (missing.has(probes[0]!)) return cursor + 1;
      const at = searchFrom(lines, cursor, (l) => probes.some((p) => valueAt(l, p, whole)));
      if (at >= 0) cursor = at;
      else missing.add(probes[0]!);
      return cursor + 1;
    },
  };
}

/** The first line from `start` on that matches, or -1. */
function searchFrom(lines: readonly string[], start: number, matches: (line: string) => boolean): number {
  for (let i = start; i < lines.length; i++) if (matches(lines[i]!)) return i;
  return -1;
}

function escapeNonAscii(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function keyAt(line: string, probe: string): boolean {
  for (let i = line.indexOf(probe); i >= 0; i = line.indexOf(probe, i + 1)) {
    if (/^\s*:/.test(line.slice(i + probe.length))) return true;
  }
  return false;
}

/** The probe written as a value (after `:`, `[` or `,`, or opening the line), and, when whole, not as a key. */
function valueAt(line: string, probe: string, whole: boolean): boolean {
  for (let i = line.indexOf(probe); i >= 0; i = line.indexOf(probe, i + 1)) {
    const before = line.slice(0, i).trimEnd();
    if (before !== '' && !/[:[,]$/.test(before)) continue;
    if (whole && /^\s*:/.test(line.slice(i + probe.length))) continue;
    return true;
  }
  return false;
}
