/**
 * A structured document (XML of any schema, `key = value` or `key: "value"` files, JSON-ish objects one field a
 * line) taken apart into its fields in document order, whatever the schema: each field is a key (its namespace and
 * case dropped), a value (quotes and entities undone) and the record it belongs to (an element, or the lines between
 * two record openers), so structured-documents.ts can pick out the human words and who said them without knowing
 * the format.
 */

export interface Field {
  /** Lower case, namespace and punctuation dropped: `ttm:agent` → `agent`, `TIER_ID` → `tierid`. */
  key: string;
  value: string;
  /** 1-based line of the input where the value ends. */
  line: number;
  record: number;
  /** True for an element's text (`<name>Dr Lee</name>`), false for an attribute or a keyed line. */
  text: boolean;
  /** For an element's text: the `id` of the nearest enclosing element that has one (metadata naming an id). */
  ownerId?: string;
}

const ENTITY: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (all, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined) return String.fromCodePoint(Number(dec));
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    return ENTITY[name!.toLowerCase()] ?? all;
  });
}

export function normaliseKey(key: string): string {
  return key.replace(/^.*:/, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

function lineAt(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  };
}

const TAG = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Fields of XML-like markup: each start tag's attributes, and the text between tags as its element's field. */
export function readMarkupFields(text: string): Field[] {
  const body = text.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[|\]\]>|<!DOCTYPE[^>]*>/g, (m) => (m.startsWith('<![CDATA[') || m === ']]>' ? '' : m.replace(/[^\n]/g, ' ')));
  const line = lineAt(body);
  const fields: Field[] = [];
  const open: { name: string; record: number; id?: string }[] = [];
  let record = 0;
  let last = 0;
  const addText = (from: number, to: number) => {
    const raw = body.slice(from, to);
    const value = decodeEntities(raw.replace(/\s+/g, ' ').trim());
    const top = open.at(-1);
    if (value === '' || !top) return;
    const ownerId = [...open].reverse().find((e) => e.id !== undefined)?.id;
    fields.push({ key: normaliseKey(top.name), value, line: line(from + raw.trimEnd().length), record: top.record, text: true, ...(ownerId !== undefined ? { ownerId } : {}) });
  };
  for (const m of body.matchAll(TAG)) {
    addText(last, m.index);
    last = m.index + m[0].length;
    const [, closing, name, attributes, selfClosing] = m;
    if (closing) {
      const at = open.map((e) => e.name).lastIndexOf(name!);
      if (at >= 0) open.length = at;
      continue;
    }
    record++;
    let id: string | undefined;
    for (const a of attributes!.matchAll(ATTRIBUTE)) {
      const key = normaliseKey(a[1]!);
      const value = decodeEntities(a[2] ?? a[3] ?? '');
      if (key === 'id') id = value;
      fields.push({ key, value, line: line(m.index), record, text: false });
    }
    if (!selfClosing) open.push({ name: name!, record, ...(id !== undefined ? { id } : {}) });
  }
  return fields;
}

/** `key = value`, `key: "value"`, `"key": "value",`: a key of a few word characters, then a value. */
const KEYED_LINE = /^\s*(?:"([^"]{1,40})"|([A-Za-z_][\w .@-]{0,39}?))\s*(=|:)\s*(.*?)\s*,?\s*$/;
/** A line that opens a record: `item [2]:`, `intervals [7]:`, `[section]`, `{`, `},{` (a `- ` list item opens one too). */
const RECORD_OPENER = /^\s*(?:[\w ]+\s*\[\s*\d+\s*\]\s*:?|\[[^\]=]{1,40}\]|[{[]\s*|[}\]]\s*,?\s*[{[]?\s*)$/;

function unquote(value: string): { value: string; quoted: boolean } {
  const q = /^(["'])([\s\S]*)\1$/.exec(value);
  if (!q) return { value, quoted: false };
  // Praat doubles a quote inside a value, JSON escapes it.
  const inner = q[1] === '"' ? q[2]!.replace(/""/g, '"').replace(/\\(["\\/])/g, '$1').replace(/\\n/g, ' ') : q[2]!;
  return { value: decodeEntities(inner), quoted: true };
}

export interface KeyedLines { fields: Field[]; structural: number; filled: number }

/**
 * Fields of a file written a key a line. A line counts as structure when it is plainly not a speaker's: the key is
 * quoted, the separator is `=`, the value is quoted or is no prose (a number, a flag), or it opens a record — so
 * `Doctor: how are you` lines never make a transcript look like data.
 */
export function readKeyedLines(text: string): KeyedLines {
  const fields: Field[] = [];
  let structural = 0;
  let filled = 0;
  let record = 1;
  let keys = new Set<string>();
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') {
      if (keys.size > 0) { record++; keys = new Set(); }
      return;
    }
    filled++;
    if (RECORD_OPENER.test(raw)) {
      structural++;
      record++;
      keys = new Set();
      return;
    }
    const line = raw.replace(/^\s*-\s+(?=\S)/, (m) => { record++; keys = new Set(); return m.replace('-', ' '); });
    const m = KEYED_LINE.exec(line);
    if (!m) {
      if (/^\s*[{}[\],]+\s*$/.test(raw)) structural++;
      return;
    }
    const key = normaliseKey(m[1] ?? m[2]!);
    const { value, quoted } = unquote(m[4]!.replace(/[{[]\s*$/, '').trim());
    if (m[1] !== undefined || m[3] === '=' || quoted || !/[a-z]{2,}\s+[a-z]{2,}/i.test(value)) structural++;
    if (keys.has(key)) { record++; keys = new Set(); }
    keys.add(key);
    if (value !== '') fields.push({ key, value, line: i + 1, record, text: false });
  });
  return { fields, structural, filled };
}
