/** Prints tables and targets to the terminal and renders them as Markdown (impure only in `printTables`). */
import { markdownTable, textTable } from './table';
import type { TargetResult } from './targets';

/** A titled table. */
export interface TitledTable {
  title: string;
  header: string[];
  rows: string[][];
}

const targetTable = (targets: readonly TargetResult[]): TitledTable => ({
  title: 'Targets (reported, not asserted)',
  header: ['Target', 'Limit', 'Measured', 'Status', 'Margin'],
  rows: targets.map((t) => [t.name, t.limit, t.measured, t.status.toUpperCase(), t.margin]),
});

/** Writes every table, then the targets, to stdout. */
export function printTables(tables: readonly TitledTable[], targets: readonly TargetResult[]): void {
  for (const t of [...tables, targetTable(targets)]) process.stdout.write(`\n${t.title}\n${textTable(t.header, t.rows)}\n`);
}

/** A Markdown document: heading, preamble paragraphs, every table and the targets. */
export function markdownReport(heading: string, preamble: readonly string[], tables: readonly TitledTable[], targets: readonly TargetResult[]): string {
  const parts = [`# ${heading}`, ...preamble];
  for (const t of [targetTable(targets), ...tables]) parts.push(`## ${t.title}`, markdownTable(t.header, t.rows));
  return `${parts.join('\n\n')}\n`;
}
