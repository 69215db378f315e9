import type { Report } from '../report';
import type { RedactionBox } from './types';

/** Which text a report's default redaction covers. */
export interface ReportBoxOptions {
  /**
   * 'all' covers every detected text line, because OCR can misread an
   * identifier so that no rule matches; 'identifiers' covers only matches.
   * Default 'all'.
   */
  text?: 'all' | 'identifiers';
}

/** The boxes a redacted copy covers by default: every face, and text per {@link ReportBoxOptions}. */
export function boxesFromReport(report: Report, options: ReportBoxOptions = {}): RedactionBox[] {
  const text = (options.text ?? 'all') === 'all' ? [...report.text, ...report.identifiers] : report.identifiers;
  return [
    ...report.faces.map((f) => ({ box: f.box, kind: 'face' as const })),
    ...text.map((t) => ({ box: t.box, kind: 'text' as const, ...('quad' in t && t.quad && { quad: t.quad }) })),
  ];
}
