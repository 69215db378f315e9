/** Prints tables and targets to the terminal and renders them as Markdown (impure only in the print functions). */
import { markdownTable, textTable } from './table';
import type { TargetResult } from './targets';

/** A titled table. */
export interface TitledTable {
  title: string;
  header: string[];
  rows: string[][];
}

/** One block of the report: a part of the corpus with its targets, tables and misses. */
export interface ReportSection {
  title: string;
  targets: readonly TargetResult[];
  tables: readonly TitledTable[];
  /** Plain lines; the terminal shows the first `MAX_PRINTED_MISSES`. */
  missed?: readonly string[];
}

const MAX_PRINTED_MISSES = 40;

const targetTable = (targets: readonly TargetResult[]): TitledTable => ({
  title: 'Targets (reported, not asserted)',
  header: ['Target', 'Limit', 'Measured', 'Status', 'Margin'],
  rows: targets.map((t) => [t.name, t.limit, t.measured, t.status.toUpperCase(), t.margin]),
});

/** Writes every table, then the targets, to stdout. */
export function printTables(tables: readonly TitledTable[], targets: readonly TargetResult[]): void {
  for (const t of [...tables, targetTable(targets)]) process.stdout.write(`\n${t.title}\n${textTable(t.header, t.rows)}\n`);
}

/** Writes each section: its tables, its targets, then what it still misses. */
export function printSections(sections: readonly ReportSection[]): void {
  for (const s of sections) {
    process.stdout.write(`\n===== ${s.title} =====\n`);
    printTables(s.tables, s.targets);
    const missed = s.missed ?? [];
    process.stdout.write(`\nStill missed (${missed.length})\n`);
    for (const line of missed.slice(0, MAX_PRINTED_MISSES)) process.stdout.write(`- ${line}\n`);
    if (missed.length > MAX_PRINTED_MISSES) process.stdout.write(`… and ${missed.length - MAX_PRINTED_MISSES} more in docs/eval-latest.md\n`);
  }
}

/** A Markdown document: heading, preamble paragraphs, every table and the targets. */
export function markdownReport(heading: string, preamble: readonly string[], tables: readonly TitledTable[], targets: readonly TargetResult[]): string {
  const parts = [`# ${heading}`, ...preamble];
  for (const t of [targetTable(targets), ...tables]) parts.push(`## ${t.title}`, markdownTable(t.header, t.rows));
  return `${parts.join('\n\n')}\n`;
}

/** A Markdown document: heading, preamble paragraphs, then each section's targets, tables and misses. */
export function markdownSections(heading: string, preamble: readonly string[], sections: readonly ReportSection[]): string {
  const parts = [`# ${heading}`, ...preamble];
  for (const s of sections) {
    parts.push(`## ${s.title}`);
    for (const t of [targetTable(s.targets), ...s.tables]) parts.push(`### ${t.title}`, markdownTable(t.header, t.rows));
    const missed = s.missed ?? [];
    parts.push(`### Still missed (${missed.length})`, missed.length ? missed.map((l) => `- ${l}`).join('\n') : 'Nothing.');
  }
  return `${parts.join('\n\n')}\n`;
}
