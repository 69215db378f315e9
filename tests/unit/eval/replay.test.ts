import { describe, expect, it } from 'vitest';
import type { SyntheticItem } from '../../../scripts/eval-lib/corpus';
import type { SyntheticRecord } from '../../../scripts/eval-lib/records';
import { replayRules } from '../../../scripts/eval-lib/replay';
import type { Truth } from '../../fixtures/generator/truth';

const box: [number, number, number, number] = [100, 10, 150, 14];
const truth: Truth = {
  file: 'x.png', kind: 'endoscopy', identifiable: true, faces: [], hasText: true, width: 640, height: 480, seed: 1, clean: false, variant: 'v',
  identifiers: [{ type: 'name', text: 'JONES^MARY', box: [154, 10, 96, 14] }],
  otherText: [{ text: 'Name:', box: [100, 10, 50, 14] }],
  lines: [{ text: 'Name: JONES^MARY', box }],
};

function saved(engineLines: SyntheticRecord['engineLines']): SyntheticRecord {
  return {
    part: 'tuned', file: 'x.png', kind: 'endoscopy', variant: 'v', identifiable: true, verdict: 'review', engineByText: false, engineFaces: 0,
    engineMs: 1, timings: {}, tess3: { identifiable: false, ms: 1 }, tess11: { identifiable: true, ms: 1 },
    rulesOnTruth: { identifiable: false, findings: [] }, engineFindings: [], engineLines, haarFaces: 0,
    identifiers: [{ type: 'name', text: 'JONES^MARY', box: [154, 10, 96, 14], engine: false, coverage: 0.5, leaked: true, readableInOriginal: true, tess3: false, tess11: true, rulesOnTruth: false, read: [] }],
  };
}

const item: SyntheticItem = { part: 'tuned', path: '/nonexistent/x.png', truth };

describe('replayRules', () => {
  it('re-runs the rules on the saved OCR lines and the drawn text, keeping redaction results', () => {
    const r = replayRules(saved([{ text: 'Narne: JONES^MARY', box }]), item);
    expect(r.verdict).toBe('identifiable');
    expect(r.engineFindings).toEqual(['name: JONES^MARY']);
    expect(r.identifiers[0]).toMatchObject({ engine: true, rulesOnTruth: true, coverage: 0.5, leaked: true });
    expect(r.tess11.identifiable).toBe(true); // no tesseract cache: the saved answer stands
  });

  it('says review when the lines hold text that no rule matches', () => {
    const r = replayRules(saved([{ text: 'ZOOM x1.5', box }]), item);
    expect(r.verdict).toBe('review');
    expect(r.identifiers[0]?.engine).toBe(false);
  });
});
