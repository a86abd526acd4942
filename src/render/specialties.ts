import Table from 'cli-table3';
import type { Style } from '../ui/style.js';

interface ListedSpecialty {
  id: string;
  name: string;
  templates?: ReadonlyArray<{ id: string }>;
}

/**
 * The specialty list as a table on a terminal, or `id<TAB>name` lines for `cut`/`awk` when piped; sub-templates, when
 * the list names them, as a third column (ids, comma-separated).
 */
export function renderSpecialties(list: ReadonlyArray<ListedSpecialty>, style: Style, decorate: boolean): string {
  const withTemplates = list.some((s) => s.templates?.length);
  const row = (s: ListedSpecialty) => [s.id, s.name, ...(withTemplates ? [(s.templates ?? []).map((t) => t.id).join(', ')] : [])];
  if (!decorate) return list.map((s) => `${row(s).join('\t')}\n`).join('');
  const table = new Table({ head: ['ID', 'Name', ...(withTemplates ? ['Templates'] : [])], style: { head: style.color ? ['cyan'] : [], border: [] } });
  table.push(...list.map(row));
  return `${table.toString()}\n`;
}
