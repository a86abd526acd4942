/**
 * Strings one of which every match of a regular expression contains, read from its source: `\b(?:knee|ankle)s?\b`
 * → ["knee", "ankle"]. A text that contains none of them cannot match, and the pattern need not be compiled to know.
 *
 * Sound, not complete: read as the source is matched without flags (no `i`, `u`, `m`, `s`, `v`), where a plain
 * character matches only itself. What it is not sure of (an escape it does not know, a `{` that is not a repeat)
 * gives up: undefined, no shortcut.
 *
 * It runs on every pattern a note uses, in a cold process, so it is one flat loop over the characters that V8 can
 * optimise on the spot: a recursive reader over tokens cost more than the compiling it saved.
 */

/** A set of strings, one of which a match contains, with the length of its shortest. */
interface Literals {
  strings: string[];
  shortest: number;
}

/** One level of grouping: the branches read so far and the one being read. */
interface Level {
  /** The union of the finished branches' required strings; null once a branch requires nothing known. */
  union: Literals | null;
  /** The most useful required set of the branch being read so far. */
  branch: Literals | null;
  lookAround: boolean;
}

const QUANTIFIER_BRACE = /\{(\d+)(?:,\d*)?\}/y;
/** Characters that match themselves (a `{` is read as a repeat first). */
const PLAIN = /[^\\[()|^$.?*+{]*/y;
const GROUP_KIND = /\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/y;

/** The required strings of `source`, or undefined when it cannot tell (or knows only a string of one character). */
export function requiredLiterals(source: string): string[] | undefined {
  const levels: Level[] = [{ union: { strings: [], shortest: Infinity }, branch: null, lookAround: false }];
  let level = levels[0]!;
  /** Plain characters read one after another since the last other element: all of them are in every match. */
  let runStart = 0;
  let runEnd = 0;
  /** A closed group's required set, kept until we know no `?`, `*` or `{0,…}` follows it. */
  let group: Literals | null = null;
  /** What the element before a quantifier was: 1 a plain character (the run's last), 2 a group, 0 anything else. */
  let last = 0;
  const n = source.length;
  let k = 0;
  while (k < n) {
    const c = source.charCodeAt(k);
    // A quantifier: the element before it may be absent (min 0) or repeated; either way the run stops here.
    if (c === 0x3f /* ? */ || c === 0x2a /* * */ || c === 0x2b /* + */ || c === 0x7b /* { */) {
      let optional = c !== 0x2b;
      let end = k + 1;
      if (c === 0x7b) {
        QUANTIFIER_BRACE.lastIndex = k;
        const brace = QUANTIFIER_BRACE.exec(source);
        if (!brace) return undefined; // a literal '{' in a pattern without `u`: not worth reading
        optional = Number(brace[1]) === 0;
        end = k + brace[0].length;
      }
      if (last === 0) {
        if (k === 0 || source.charCodeAt(k - 1) === 0x28 || source.charCodeAt(k - 1) === 0x7c) return undefined; // nothing to repeat
      } else if (last === 1) {
        if (optional) runEnd--;
        level.branch = better(level.branch, run(source, runStart, runEnd));
      } else if (!optional) level.branch = better(level.branch, group);
      group = null;
      last = 0;
      if (source.charCodeAt(end) === 0x3f) end++; // lazy
      runStart = runEnd = k = end;
      continue;
    }
    if (last === 2) level.branch = better(level.branch, group);
    group = null;
    // Plain characters extend the run: skipped natively, as the loop would visit each.
    PLAIN.lastIndex = k;
    const plain = PLAIN.exec(source)![0].length;
    if (plain > 0) {
      if (runEnd !== k) {
        level.branch = better(level.branch, run(source, runStart, runEnd));
        runStart = k;
      }
      k += plain;
      runEnd = k;
      last = 1;
      continue;
    }
    level.branch = better(level.branch, run(source, runStart, runEnd));
    last = 0;
    if (c === 0x5c /* \ */) {
      const e = source.charCodeAt(k + 1);
      if (e !== e) return undefined; // a trailing backslash
      // An escaped punctuation character (`\.`) or a known escape is one element read as unknown; back-references,
      // `\x41`, `\u0041`, `\0`, `\c…` span more characters than two: given up.
      const isPunctuation = (e >= 0x20 && e <= 0x2f) || (e >= 0x3a && e <= 0x40) || (e >= 0x5b && e <= 0x60) || (e >= 0x7b && e <= 0x7e);
      if (!isPunctuation && 'bBdDwWsSnrtfv'.indexOf(source[k + 1]!) < 0) return undefined;
      k += 2;
    } else if (c === 0x5b /* [ */) {
      // A class matches one character we do not read: skip it (`]` first closes an empty class, as JavaScript reads it).
      let j = k + 1;
      while (j < n && source.charCodeAt(j) !== 0x5d) j += source.charCodeAt(j) === 0x5c ? 2 : 1;
      if (j >= n) return undefined;
      k = j + 1;
    } else if (c === 0x28 /* ( */) {
      let lookAround = false;
      if (source.charCodeAt(k + 1) === 0x3f) {
        GROUP_KIND.lastIndex = k + 1;
        const kind = GROUP_KIND.exec(source);
        if (!kind) return undefined;
        lookAround = kind[0] !== '?:' && kind[0][1] !== '<' ? true : kind[0] === '?<=' || kind[0] === '?<!';
        k += kind[0].length;
      }
      level = { union: { strings: [], shortest: Infinity }, branch: null, lookAround };
      levels.push(level);
      k++;
    } else if (c === 0x7c /* | */ || c === 0x29 /* ) */) {
      level.union = joinBranch(level.union, level.branch);
      level.branch = null;
      k++;
      if (c === 0x29) {
        if (levels.length === 1) return undefined; // an unmatched ')': a syntax error, RegExp says so
        const closed = levels.pop()!;
        level = levels[levels.length - 1]!;
        if (!closed.lookAround) {
          group = closed.union;
          last = 2;
        }
      }
    } else {
      k++; // ^ $ . match no known string
    }
    runStart = runEnd = k;
  }
  if (last === 2) level.branch = better(level.branch, group);
  level.branch = better(level.branch, run(source, runStart, runEnd));
  if (levels.length !== 1) return undefined; // an unclosed group
  const found = joinBranch(level.union, level.branch);
  return found && found.shortest >= 2 ? [...new Set(found.strings)] : undefined;
}

function run(source: string, start: number, end: number): Literals | null {
  return end > start ? { strings: [source.slice(start, end)], shortest: end - start } : null;
}

/** A branch's set added to the union of its group's branches; a branch that requires nothing known ends the union. */
function joinBranch(union: Literals | null, branch: Literals | null): Literals | null {
  if (!union || !branch) return null;
  for (const s of branch.strings) union.strings.push(s);
  union.shortest = Math.min(union.shortest, branch.shortest);
  return union;
}

/**
 * Of two sets each of which is required, the one that more texts lack and that is quicker to look for: strings of
 * four characters or more count as rare alike, then the fewer strings the better.
 */
function better(a: Literals | null, b: Literals | null): Literals | null {
  if (!b) return a;
  if (!a) return b;
  const aRare = Math.min(a.shortest, 4);
  const bRare = Math.min(b.shortest, 4);
  return bRare > aRare || (bRare === aRare && b.strings.length < a.strings.length) ? b : a;
}
