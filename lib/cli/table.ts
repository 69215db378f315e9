import type { Box, Report } from '../engine';

const VERDICT_LABEL: Record<Report['verdict'], string> = {
  identifiable: 'IDENTIFIABLE',
  review: 'REVIEW',
  clear: 'clear',
  error: 'ERROR',
};

const box = ([x, y, w, h]: Box) => `at ${Math.round(x)},${Math.round(y)} ${Math.round(w)}×${Math.round(h)}`;
const quote = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 59)}…` : s);

/** One human-readable block per report: verdict line, then one indented line per finding. */
export function formatReport(report: Report): string {
  const seconds = ((report.timings.total ?? 0) / 1000).toFixed(1);
  const head = `${VERDICT_LABEL[report.verdict].padEnd(12)} ${report.file}  (${report.width}×${report.height}, ${seconds} s)`;
  const rows: string[] = [];
  if (report.error !== undefined) rows.push(`error       ${report.error}`);
  for (const f of report.faces) rows.push(`face        ${box(f.box)}  score ${f.score.toFixed(2)}`);
  for (const i of report.identifiers) rows.push(`${i.type.padEnd(11)} ${quote(i.text)}  ${box(i.box)}`);
  for (const t of report.text) rows.push(`text        ${t.text === '' ? '(unread text)' : quote(t.text)}  ${box(t.box)}`);
  for (const m of report.metadata) rows.push(`metadata    ${m.tag} = ${quote(m.value)}`);
  return [head, ...rows.map((r) => `    ${r}`)].join('\n');
}

/** The closing line: counts per verdict. */
export function formatSummary(reports: readonly Report[]): string {
  const count = (v: Report['verdict']) => reports.filter((r) => r.verdict === v).length;
  return `${reports.length} file(s): ${count('identifiable')} identifiable, ${count('review')} to review, ${count('clear')} clear, ${count('error')} error(s).`;
}
