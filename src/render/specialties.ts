import type { Style } from '../ui/style.js';

interface ListedSpecialty {
  id: string;
  name: string;
  templates?: ReadonlyArray<{ id: string }>;
}

/** Cuts text to `width` columns, marking the cut with an ellipsis. */
function fit(text: string, width: number): string {
  if (text.length <= width) return text;
  return width <= 1 ? text.slice(0, Math.max(0, width)) : `${text.slice(0, width - 1)}…`;
}

/**
 * Aligned columns, one line per specialty, never wider than the terminal: a bordered table drew a rule between
 * every row (51 lines for 24) and wrapped the templates on narrow terminals. A line too long is cut at the end.
 */
function renderColumns(rows: string[][], head: string[], style: Style, columns: number): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => fit(cells.map((cell, i) => (i < cells.length - 1 ? cell.padEnd(widths[i]!) : cell)).join('  ').trimEnd(), columns);
  return [style.heading(line(head)), ...rows.map(line)].map((l) => `${l}\n`).join('');
}

/**
 * The specialty list as aligned columns on a terminal (`columns` wide), or `id<TAB>name` lines for `cut`/`awk` when
 * piped; sub-templates, when the list names them, as a third column (ids, comma-separated).
 */
export function renderSpecialties(list: ReadonlyArray<ListedSpecialty>, style: Style, decorate: boolean, columns = 80): string {
  const withTemplates = list.some((s) => s.templates?.length);
  const row = (s: ListedSpecialty) => [s.id, s.name, ...(withTemplates ? [(s.templates ?? []).map((t) => t.id).join(', ')] : [])];
  if (!decorate) return list.map((s) => `${row(s).join('\t')}\n`).join('');
  return renderColumns(list.map(row), ['ID', 'NAME', ...(withTemplates ? ['TEMPLATES'] : [])], style, columns);
}
