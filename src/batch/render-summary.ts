import Table from 'cli-table3';

export interface SummaryCounts {
  ok: number;
  skipped: number;
  failed: number;
  /** Left unscheduled by Ctrl-C or --fail-fast. */
  notStarted?: number;
}

/** "850ms", "42s", "1m 10s", "2h 5m": as precise as a person reading a progress line needs. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))}ms`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${seconds % 60}s`;
  return `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}

function countRows(counts: SummaryCounts): [string, number][] {
  const rows: [string, number][] = [
    ['ok', counts.ok],
    ['skipped', counts.skipped],
    ['failed', counts.failed],
  ];
  if (counts.notStarted) rows.push(['not started', counts.notStarted]);
  return rows;
}

/** The end of a batch: a cli-table3 table on a terminal, one greppable line in CI logs. */
export function renderBatchSummary(counts: SummaryCounts, elapsedMs: number, options: { tty: boolean; reportPath?: string }): string {
  const rows = countRows(counts);
  const total = rows.reduce((sum, [, n]) => sum + n, 0);
  const time = formatDuration(elapsedMs);
  if (!options.tty) {
    const parts = rows.filter(([label, n]) => n > 0 || label !== 'not started').map(([label, n]) => `${n} ${label}`);
    return `soap: ${parts.join(', ')} of ${total} in ${time}${options.reportPath ? ` · report: ${options.reportPath}` : ''}\n`;
  }
  // No colours in the table itself: the caller decides on colour, and the snapshot stays readable.
  // Compact: no rule between rows, so five numbers take seven lines.
  const compact = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };
  const table = new Table({ chars: compact, style: { head: [], border: [] }, colAligns: ['left', 'right'] });
  table.push(...rows.map(([label, n]) => [label, String(n)]), ['total', String(total)], ['time', time]);
  return `${table.toString()}\n${options.reportPath ? `report: ${options.reportPath}\n` : ''}`;
}
