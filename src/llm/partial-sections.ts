import { readHeadingLine } from '../note/index.js';
import { SECTIONS, type Section } from '../note/index.js';

export interface PartialSection {
  section: Section;
  /** The section's text so far; only ever grows as more of the answer arrives. */
  text: string;
}

const JSON_KEY = /"(subjective|objective|assessment|plan)"\s*:\s*"/g;
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };

/** Decodes a JSON string body from `start`; stops before an escape that has not fully arrived. */
function decodeJsonString(text: string, start: number): { value: string; end: number; closed: boolean } {
  let value = '';
  let i = start;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') return { value, end: i + 1, closed: true };
    if (ch !== '\\') {
      value += ch;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === undefined) break;
    if (next === 'u') {
      const hex = text.slice(i + 2, i + 6);
      if (hex.length < 4) break;
      value += String.fromCharCode(parseInt(hex, 16));
      i += 6;
      continue;
    }
    value += ESCAPES[next] ?? next;
    i += 2;
  }
  return { value, end: i, closed: false };
}

function readJsonPartial(text: string): PartialSection[] {
  const out: PartialSection[] = [];
  JSON_KEY.lastIndex = 0;
  for (let m = JSON_KEY.exec(text); m; m = JSON_KEY.exec(text)) {
    const decoded = decodeJsonString(text, m.index + m[0].length);
    out.push({ section: m[1] as Section, text: decoded.value.replace(/^\s+/, '') });
    if (!decoded.closed) break;
    JSON_KEY.lastIndex = decoded.end;
  }
  return out;
}

function readHeadingPartial(text: string, final: boolean): PartialSection[] {
  // The last line may be a heading still arriving ("## Obj"), so only finished lines are read until the end.
  const complete = final ? `${text}\n` : text.slice(0, text.lastIndexOf('\n') + 1);
  const out: PartialSection[] = [];
  let lastIndex = -1;
  for (const line of complete.split('\n').slice(0, -1)) {
    const h = readHeadingLine(line);
    const index = h ? SECTIONS.indexOf(h.section) : -1;
    if (h && index > lastIndex) {
      lastIndex = index;
      out.push({ section: h.section, text: h.rest });
      continue;
    }
    const current = out.at(-1);
    if (current) current.text = current.text ? `${current.text}\n${line}` : line.replace(/^\s+/, '');
  }
  return out;
}

/**
 * The sections visible in the first part of an answer, JSON or headings, in the order they appeared. Used while
 * streaming, so a terminal can show each section as it starts; the final parse still decides the note. `final`
 * says the answer is complete, so its last line is read too.
 */
export function readPartialSections(text: string, final = false): PartialSection[] {
  return /^\s*(```(?:json)?\s*)?\{/i.test(text) ? readJsonPartial(text) : readHeadingPartial(text, final);
}
