import { describe, expect, it } from 'vitest';
import { identifiersFromReadings } from '../../../lib/engine/readings';
import type { TextLine } from '../../../lib/engine/text/types';

const NOW = new Date('2025-06-01T12:00:00Z');

function line(box: [number, number, number, number], tesseract: string, neural: string): TextLine {
  const read = (reader: 'tesseract' | 'neural', text: string) => ({ reader, text, confidence: 90, words: [] });
  return { box, text: tesseract, words: [], source: 'detector', readings: [read('tesseract', tesseract), read('neural', neural)] };
}

describe('identifiersFromReadings', () => {
  it('finds what either reader read and reports a finding both read once', () => {
    const lines = [line([0, 0, 300, 20], 'NHS: 999 296 4391', 'NHS:9992964391'), line([0, 30, 300, 20], 'D0B. 22~Sep-I978', 'DOB: 22-Sep-1978')];
    const found = identifiersFromReadings(lines, { now: NOW });
    expect(found.filter((f) => f.type === 'nhs-number')).toHaveLength(1);
    expect(found.some((f) => f.type === 'date-of-birth')).toBe(true);
  });

  it('keeps the date of birth over a plain date in the same place', () => {
    const lines = [line([0, 0, 300, 20], '22/09/1978', 'DOB 22/09/1978')];
    const types = identifiersFromReadings(lines, { now: NOW }).map((f) => f.type);
    expect(types).toContain('date-of-birth');
    expect(types).not.toContain('date');
  });

  it('also reads the neural reading as the recogniser spaced it, before spaces were put back', () => {
    const neural = { reader: 'neural' as const, text: 'Time 1 6:0 7:3 2', confidence: 90, words: [], asEmitted: { text: 'Time 16:07:32', words: [] } };
    const l: TextLine = { box: [0, 0, 300, 20], text: '', words: [], source: 'detector', readings: [{ reader: 'tesseract', text: '', confidence: 0, words: [] }, neural] };
    expect(identifiersFromReadings([l], { now: NOW }).map((f) => f.type)).toEqual(['time']);
    expect(identifiersFromReadings([{ ...l, readings: [l.readings![0]!, { ...neural, asEmitted: undefined }] }], { now: NOW })).toEqual([]);
  });

  it('is findIdentifiers when lines carry one reading', () => {
    const one: TextLine = { box: [0, 0, 300, 20], text: 'NHS 999 296 4391', words: [], source: 'detector' };
    expect(identifiersFromReadings([one], { now: NOW }).map((f) => f.type)).toEqual(['nhs-number']);
  });
});
