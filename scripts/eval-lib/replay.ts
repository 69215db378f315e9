/**
 * `--rules-only`: re-runs the identifier rules on what a saved run read (Consent Guard's OCR lines,
 * tesseract's cached lines and the text as drawn) without running OCR again, so a rule change can be
 * measured in seconds. Redaction coverage and leaks are kept from the saved run (they do not depend on
 * the rules). Consent Guard's saved lines carry no word boxes, so finding boxes are proportional slices.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { findIdentifiers, type OcrLine } from '../../lib/engine/identifiers';
import type { IdentifierFinding } from '../../lib/engine/report';
import type { SyntheticItem } from './corpus';
import { EVAL_NOW } from './engine-run';
import { identifierFound, identifierFoundByText } from './match';
import type { SyntheticRecord } from './records';

function tesseractCache(path: string, psm: 3 | 11): OcrLine[] | undefined {
  const file = join(dirname(path), 'tesseract', `${basename(path)}.psm${psm}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { lines: OcrLine[] }).lines : undefined;
}

const describe = (f: IdentifierFinding): string => `${f.type}: ${f.text}`;

/** A saved record with every rule-dependent field recomputed. */
export function replayRules(record: SyntheticRecord, item: SyntheticItem): SyntheticRecord {
  const now = { now: EVAL_NOW };
  const engine = findIdentifiers(record.engineLines, now);
  const truth = findIdentifiers(item.truth.lines, now);
  const t3 = tesseractCache(item.path, 3);
  const t11 = tesseractCache(item.path, 11);
  const t3ids = t3 ? findIdentifiers(t3, now) : undefined;
  const t11ids = t11 ? findIdentifiers(t11, now) : undefined;
  const identifiable = engine.length > 0 || record.engineFaces > 0;
  return {
    ...record,
    verdict: record.verdict === 'error' ? 'error' : identifiable ? 'identifiable' : record.engineLines.length > 0 ? 'review' : 'clear',
    engineByText: engine.length > 0,
    engineFindings: engine.map(describe),
    rulesOnTruth: { identifiable: truth.length > 0, findings: truth.map(describe) },
    tess3: { ...record.tess3, identifiable: t3ids ? t3ids.length > 0 : record.tess3.identifiable },
    tess11: { ...record.tess11, identifiable: t11ids ? t11ids.length > 0 : record.tess11.identifiable },
    identifiers: record.identifiers.map((i) => ({
      ...i,
      engine: identifierFound(i, engine),
      rulesOnTruth: identifierFoundByText(i, truth),
      tess3: t3ids ? identifierFound(i, t3ids) : i.tess3,
      tess11: t11ids ? identifierFound(i, t11ids) : i.tess11,
    })),
  };
}
