import { describe, expect, it } from 'vitest';
import { missReason, missedLists } from '../../../scripts/eval-lib/missed';
import { faceVariantTable, foundFaces } from '../../../scripts/eval-lib/face-score';
import type { FaceRecord, IdentifierOutcome, SyntheticRecord } from '../../../scripts/eval-lib/records';
import { summarisePart } from '../../../scripts/eval-lib/summary';
import type { IdentifierType } from '../../../lib/engine/report';

function outcome(type: IdentifierType, engine: boolean, extra: Partial<IdentifierOutcome> = {}): IdentifierOutcome {
  return {
    type, text: 'WALKER^PATRICIA', box: [10, 10, 100, 12], engine, coverage: 1, leaked: false, readableInOriginal: true,
    tess3: false, tess11: false, rulesOnTruth: true, read: ['Name: WALKER^PATRICIA'], ...extra,
  };
}

function record(file: string, identifiable: boolean, flagged: boolean, identifiers: IdentifierOutcome[] = []): SyntheticRecord {
  return {
    part: 'untuned', file, kind: 'endoscopy', variant: 'left-panel', identifiable, verdict: flagged ? 'identifiable' : 'review',
    engineByText: flagged, engineFaces: 0, engineMs: 1000, timings: {}, identifiers,
    tess3: { identifiable: false, ms: 500 }, tess11: { identifiable: false, ms: 500 },
    rulesOnTruth: { identifiable, findings: [] }, engineFindings: flagged ? ['name: X'] : [], engineLines: [], haarFaces: 0,
  };
}

describe('missReason', () => {
  it('tells a detection miss, a misreading and a rule miss apart', () => {
    expect(missReason(outcome('name', false, { read: [] }))).toBe('no text line detected over it');
    expect(missReason(outcome('name', false, { read: ['Narne: WALKFR PATRlCIA'] }))).toMatch(/^misread as/);
    expect(missReason(outcome('name', false))).toMatch(/^read correctly .* but no rule matched$/);
    expect(missReason(outcome('name', false, { rulesOnTruth: false }))).toMatch(/the rules miss it on the drawn text too/);
  });
});

describe('summarisePart', () => {
  const six = (found: number) => Array.from({ length: 6 }, (_, i) => outcome('name', i < found));
  const records = [
    record('a-id.png', true, true, six(6)),
    record('a-clean.png', false, false),
    record('b-id.png', true, false, [outcome('nhs-number', false, { read: [] }), ...six(5)]),
    record('b-clean.png', false, true),
  ];
  const s = summarisePart('untuned', records, []);

  it('counts image recall and false alarms from the verdict', () => {
    expect(s.numbers.recall).toMatchObject({ hits: 1, total: 2 });
    expect(s.numbers.falseAlarms).toMatchObject({ hits: 1, total: 2 });
  });

  it('sets a per-type target only for types with at least five identifiers', () => {
    const names = s.targets.map((t) => t.name);
    expect(names).toContain('Identifier recall: name (n 12)');
    expect(names.some((n) => n.includes('nhs-number'))).toBe(false);
    expect(s.targets.find((t) => t.name.startsWith('Identifier recall: name'))?.status).toBe('missed');
  });

  it('lists what is missed, with reasons, and the false alarms', () => {
    expect(s.missed).toContain('Image not flagged: b-id.png (left-panel), verdict review');
    expect(s.missed).toContain('Identifier missed: b-id.png nhs-number "WALKER^PATRICIA": no text line detected over it');
    expect(s.missed.some((l) => l.startsWith('False alarm on a clean image: b-clean.png'))).toBe(true);
  });
});

describe('faces by variant', () => {
  const photo: FaceRecord = {
    part: 'tuned', file: 'p.jpg', tags: ['colour'], truth: [[0, 0, 100, 100], [300, 0, 30, 30]], truthTags: [['frontal'], ['mask', 'small']],
    engine: [[5, 5, 95, 95], [600, 600, 20, 20]], engineMs: 10, haar: [], haarMs: 5,
  };

  it('matches faces one to one and reports each truth face found or not', () => {
    expect(foundFaces(photo.engine, photo.truth)).toEqual([true, false]);
  });

  it('counts every face under its own tags and its photo\'s', () => {
    const rows = Object.fromEntries(faceVariantTable([photo]).rows.map((r) => [r[0], r]));
    expect(rows.colour?.slice(1)).toEqual(['2', '0.50 (1/2)', '0.00 (0/2)']);
    expect(rows.mask?.slice(1, 3)).toEqual(['1', '0.00 (0/1)']);
  });

  it('lists missed faces with their tags, and false faces', () => {
    const lines = missedLists([], [photo]);
    expect(lines).toContain('Face missed: p.jpg [300, 0, 30, 30] (mask, small, colour)');
    expect(lines).toContain('False face(s): 1 on p.jpg');
  });
});
