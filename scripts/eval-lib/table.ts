/** Pure plain-text and Markdown tables for the eval and bench output. */

/** Pads cells to column width; numbers-looking cells align right. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = (s: string) => /^[-+≤≥]?\s?[\d.,/%]+/.test(s);
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (numeric(c) && i > 0 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A GitHub-flavoured Markdown table; pipes in cells are escaped. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return [
    `| ${header.map(esc).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

/** "0.967 (58/60)"; "–" when there is nothing to count. */
export function formatRatio(r: { hits: number; total: number; value: number }, digits = 3): string {
  return r.total === 0 ? '–' : `${r.value.toFixed(digits)} (${r.hits}/${r.total})`;
}
