import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CheckProgress } from '../../../lib/engine/progress';
import { describeProgress, progressFraction } from '../../../lib/dialog/progress';
import { useCatalogue } from '../../../lib/i18n';

beforeAll(() => useCatalogue(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en_GB/messages.json'), 'utf8'))));

const start: CheckProgress = { width: 10, height: 10, text: { lines: [], identifiers: [] } };

describe('check progress in the dialog', () => {
  it('moves from nothing to all done', () => {
    expect(progressFraction(undefined)).toBe(0);
    expect(progressFraction({ ...start, metadata: [] })).toBeCloseTo(0.05);
    const found: CheckProgress = { ...start, metadata: [], faces: [], text: { lines: [{ box: [0, 0, 1, 1], text: 'a' }], identifiers: [], found: 4 } };
    expect(progressFraction(found)).toBeCloseTo(0.05 + 0.35 + 0.2 + 0.1);
    expect(progressFraction({ ...found, text: { ...found.text, found: 0, lines: [] } })).toBe(1);
  });

  it('never says "no faces" before the face check ends, and lists identifiers as they are read', () => {
    const early = describeProgress(start).map((l) => l.text);
    expect(early).toEqual(['Looking for faces…', 'Looking for text…']);
    const later = describeProgress({
      ...start,
      faces: [],
      metadata: [{ tag: 'GPS:GPSLatitude', value: '51.5' }],
      text: { lines: [{ box: [0, 0, 1, 1], text: 'DOB 01/02/1950' }], identifiers: [{ type: 'date-of-birth', text: '01/02/1950', box: [0, 0, 1, 1] }], found: 3 },
    });
    expect(later.map((l) => l.text)).toEqual(['No faces found', 'Date of birth 01/02/1950', 'Reading text: 1 of 3 lines', 'Location in photo metadata']);
    expect(later.map((l) => l.kind)).toEqual(['none', 'identifier', 'none', 'metadata']);
  });
});
