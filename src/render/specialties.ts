import Table from 'cli-table3';
import type { Style } from '../ui/style.js';

/** The specialty list as a table on a terminal, or `id<TAB>name` lines for `cut`/`awk` when piped. */
export function renderSpecialties(list: ReadonlyArray<{ id: string; name: string }>, style: Style, decorate: boolean): string {
  if (!decorate) return list.map((s) => `${s.id}\t${s.name}\n`).join('');
  const table = new Table({ head: ['ID', 'Name'], style: { head: style.color ? ['cyan'] : [], border: [] } });
  table.push(...list.map((s) => [s.id, s.name]));
  return `${table.toString()}\n`;
}
