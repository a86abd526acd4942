/**
 * Just enough YAML to read a transcript saved as YAML (a note-taking tool's export, a research corpus, a hand-tidied
 * file): the items of block lists (`- key: value` with more `key: value` lines under it, or `- {key: value, …}` in flow
 * style, or a plain `- value`), each value quoted or plain, on one line or folded over several (`>` and `|` blocks, a
 * quoted or plain value running on at a deeper indent). Each value keeps the line (from 1) it starts on, so evidence
 * still points into the file as given. Anchors, tags and nested lists inside an item are not needed and not read.
 */

/** A scalar value and the file line its words start on. */
export interface YamlValue { text: string; line: number }

/** One item of a block list: its mapping (keys lower-cased), or its plain value; the key the list sits under. */
export interface YamlItem { fields: Map<string, YamlValue>; scalar?: YamlValue; parent: string; line: number }

const ITEM = /^(\s*)-(?:\s+|$)(.*)$/;
const KEY = /^([A-Za-z_][\w .-]{0,40}?)\s*:(?:\s+|$)(.*)$/;
const PARENT_KEY = /^\s*([A-Za-z_][\w .-]{0,40}?)\s*:\s*$/;

function indentOf(line: string): number {
  return /^\s*/.exec(line)![0].length;
}

/** A quoted value's text: double quotes take backslash escapes, single quotes a doubled quote. */
function unquote(text: string): string {
  const t = text.trim();
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1).replace(/\\(["\\/nt])/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
  if (t.length >= 2 && t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
  return t.replace(/\s+#.*$/, '');
}

/**
 * A value that starts on `head` and may run on over the lines below it (those indented deeper than `indent`): a
 * block scalar (`|` keeps its line breaks, `>` folds them), an unclosed quote, or a plain value wrapped by the writer.
 */
function readValue(head: string, below: readonly string[], firstLine: number): YamlValue {
  const h = head.trim();
  if (/^[|>][+-]?\d?$/.test(h)) {
    const body = below.filter((l) => l.trim() !== '').map((l) => l.trim());
    return { text: h.startsWith('|') ? body.join('\n') : body.join(' '), line: firstLine + 1 + below.findIndex((l) => l.trim() !== '') };
  }
  const joined = [h, ...below.map((l) => l.trim())].filter((l) => l !== '').join(' ');
  return { text: unquote(joined), line: firstLine };
}

/** The pairs of a flow mapping `{speaker: Ana, text: "Hi, come in"}`; commas inside quotes stay in the value. */
function readFlowMapping(text: string, line: number): Map<string, YamlValue> {
  const fields = new Map<string, YamlValue>();
  const body = text.trim().replace(/^\{/, '').replace(/\}$/, '');
  for (const m of body.matchAll(/\s*([A-Za-z_][\w .-]{0,40}?)\s*:\s*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,]*)\s*(?:,|$)/g)) {
    fields.set(m[1]!.toLowerCase(), { text: unquote(m[2]!), line });
  }
  return fields;
}

/** The `key: value` lines of an item's block (its first line's content at `column`), values run on where indented. */
function readMapping(block: readonly string[], column: number, firstLine: number): Map<string, YamlValue> {
  const fields = new Map<string, YamlValue>();
  for (let i = 0; i < block.length; i++) {
    const line = block[i]!;
    const at = i === 0 ? column : indentOf(line);
    const m = i === 0 || at === column ? KEY.exec(line.slice(at)) : null;
    if (!m) continue;
    let end = i + 1;
    while (end < block.length && (block[end]!.trim() === '' || indentOf(block[end]!) > column)) end++;
    fields.set(m[1]!.toLowerCase(), readValue(m[2]!, block.slice(i + 1, end), firstLine + i));
    i = end - 1;
  }
  return fields;
}

/** The key a list at `indent` sits under: the nearest line above, indented less or as much, that ends in `key:`. */
function parentOf(lines: readonly string[], at: number, indent: number): string {
  for (let i = at - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.trim() === '' || ITEM.test(line) || indentOf(line) > indent) continue;
    return PARENT_KEY.exec(line)?.[1]?.toLowerCase() ?? '';
  }
  return '';
}

/** Every block-list item of the text, in file order. */
export function readYamlItems(lines: readonly string[]): YamlItem[] {
  const items: YamlItem[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = ITEM.exec(lines[i]!);
    if (!m) continue;
    const dash = m[1]!.length;
    const column = lines[i]!.length - m[2]!.length;
    let end = i + 1;
    while (end < lines.length && (lines[end]!.trim() === '' || indentOf(lines[end]!) > dash)) end++;
    const content = m[2]!.trim();
    const parent = parentOf(lines, i, dash);
    const block = lines.slice(i, end);
    if (content.startsWith('{')) items.push({ fields: readFlowMapping(block.map((l) => l.trim()).join(' ').replace(/^-\s*/, ''), i + 1), parent, line: i + 1 });
    else if (KEY.test(content)) items.push({ fields: readMapping(block, column, i + 1), parent, line: i + 1 });
    else if (content !== '') items.push({ fields: new Map(), scalar: readValue(content, block.slice(1), i + 1), parent, line: i + 1 });
  }
  return items;
}
