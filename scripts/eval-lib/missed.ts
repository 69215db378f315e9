/** Pure: what is still missed, and the measured reason, as plain lines for the report. */
import { foundFaces } from './face-score';
import { normaliseText } from './match';
import type { FaceRecord, IdentifierOutcome, SyntheticRecord } from './records';

/**
 * Why an identifier was missed, from what Consent Guard's OCR read over its box:
 * nothing detected there, read wrongly, or read right but no rule fired.
 */
export function missReason(i: IdentifierOutcome): string {
  if (i.read.length === 0) return 'no text line detected over it';
  const read = i.read.join(' ');
  if (!normaliseText(read).includes(normaliseText(i.text))) return `misread as "${read.slice(0, 80)}"`;
  return `read correctly ("${read.slice(0, 80)}") but no rule matched${i.rulesOnTruth ? '' : ' (the rules miss it on the drawn text too)'}`;
}

/** Lines: images missed, identifiers missed (with reasons), false alarms, leaks, faces missed, false faces. */
export function missedLists(synthetic: readonly SyntheticRecord[], faces: readonly FaceRecord[]): string[] {
  const lines: string[] = [];
  for (const r of synthetic.filter((x) => x.identifiable && x.verdict !== 'identifiable')) {
    lines.push(`Image not flagged: ${r.file} (${r.variant}), verdict ${r.verdict}${r.error ? ` (${r.error})` : ''}`);
  }
  for (const r of synthetic) {
    for (const i of r.identifiers.filter((x) => !x.engine)) lines.push(`Identifier missed: ${r.file} ${i.type} "${i.text}": ${missReason(i)}`);
  }
  for (const r of synthetic.filter((x) => !x.identifiable && x.verdict === 'identifiable')) {
    const what = [...r.engineFindings, ...(r.engineFaces > 0 ? [`${r.engineFaces} face(s)`] : [])].join('; ');
    lines.push(`False alarm on a clean image: ${r.file} (${r.variant}): ${what}`);
  }
  for (const r of synthetic) {
    for (const i of r.identifiers.filter((x) => x.leaked)) lines.push(`Leak: tesseract reads ${i.type} "${i.text}" on the redacted copy of ${r.file} (box ${(i.coverage * 100).toFixed(0)} % covered)`);
  }
  for (const f of faces) {
    const hit = foundFaces(f.engine, f.truth);
    f.truth.forEach((box, i) => {
      if (!hit[i]) lines.push(`Face missed: ${f.file} [${box.join(', ')}] (${[...(f.truthTags[i] ?? []), ...f.tags].join(', ')})`);
    });
    const extra = f.engine.length - hit.filter(Boolean).length;
    if (extra > 0) lines.push(`False face(s): ${extra} on ${f.file}`);
  }
  return lines;
}
