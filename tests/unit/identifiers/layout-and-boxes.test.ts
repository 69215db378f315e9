import { describe, expect, it } from 'vitest';
import { findIdentifiers, type OcrLine } from '../../../lib/engine/identifiers';
import { NOW } from './helpers';

const find = (lines: OcrLine[]) => findIdentifiers(lines, { now: NOW });

describe('boxes', () => {
  it('uses the union of the matched words when the line has words', () => {
    const line: OcrLine = {
      text: 'NHS No: 999 000 0018',
      box: [10, 10, 200, 20],
      words: [
        { text: 'NHS', box: [10, 10, 30, 20] },
        { text: 'No:', box: [45, 10, 25, 20] },
        { text: '999', box: [80, 11, 30, 18] },
        { text: '000', box: [115, 10, 30, 20] },
        { text: '0018', box: [150, 12, 40, 19] },
      ],
    };
    expect(find([line])).toEqual([{ type: 'nhs-number', text: '999 000 0018', box: [80, 10, 110, 21], confidence: 0.95 }]);
  });

  it('slices the line box by character offsets when there are no words', () => {
    const text = 'MRN: 12345678';
    const [finding] = find([{ text, box: [0, 5, 130, 20] }]);
    expect(finding?.box).toEqual([50, 5, 80, 20]);
  });

  it('falls back to slicing when the words do not match the text', () => {
    const [finding] = find([{ text: 'MRN: 12345678', box: [0, 5, 130, 20], words: [{ text: 'garbled', box: [0, 0, 1, 1] }] }]);
    expect(finding?.box).toEqual([50, 5, 80, 20]);
  });
});

describe('labels and values on different lines', () => {
  it('joins a label to the value on the line below', () => {
    const lines: OcrLine[] = [
      { text: 'NHS No:', box: [10, 10, 70, 14] },
      { text: '999 000 0018', box: [10, 28, 120, 14] },
    ];
    expect(find(lines)).toEqual([{ type: 'nhs-number', text: '999 000 0018', box: [10, 28, 120, 14], confidence: 0.95 }]);
  });

  it('joins a label to the value to its right', () => {
    const lines: OcrLine[] = [
      { text: 'Name:', box: [10, 10, 50, 14] },
      { text: 'JONES^MARY', box: [70, 10, 100, 14] },
      { text: 'MRN', box: [10, 30, 30, 14] },
      { text: 'K123456', box: [50, 30, 70, 14] },
    ];
    expect(find(lines).map((f) => [f.type, f.text])).toEqual([
      ['name', 'JONES^MARY'],
      ['hospital-number', 'K123456'],
    ]);
  });

  it('joins a date-of-birth label and an age label to values below them', () => {
    const lines: OcrLine[] = [
      { text: 'D.O.B.', box: [10, 10, 50, 14] },
      { text: 'Age', box: [200, 10, 30, 14] },
      { text: '12-Mar-1956', box: [10, 28, 100, 14] },
      { text: '69', box: [200, 28, 20, 14] },
    ];
    expect(find(lines).map((f) => [f.type, f.text])).toEqual([
      ['date-of-birth', '12-Mar-1956'],
      ['age', '69'],
    ]);
  });

  it('does not join lines that are far apart', () => {
    const lines: OcrLine[] = [
      { text: 'NHS No:', box: [10, 10, 70, 14] },
      { text: '9990000018', box: [600, 400, 120, 14] },
    ];
    // The number alone on its line is still flagged, as an unlabelled ID, but the far label never reaches it.
    expect(find(lines).map((f) => f.type)).toEqual(['hospital-number']);
  });

  it('reports each identifier once even though several views see it', () => {
    const lines: OcrLine[] = [
      { text: 'DOB: 12/03/1956', box: [10, 10, 150, 14] },
      { text: 'Sex: F', box: [10, 28, 60, 14] },
    ];
    expect(find(lines).map((f) => f.type)).toEqual(['date-of-birth', 'sex']);
  });
});

describe('an endoscopy-style overlay panel', () => {
  it('finds every identifier and nothing from the settings', () => {
    const texts = ['ID: 20481234', 'Name: JONES^MARY', 'Sex: F Age: 67', 'DOB: 12/03/1957', '14/05/2024', '14:32:05', 'Eh:A5 Cm:1', 'CVP:1 Ct:0'];
    const lines = texts.map((text, i): OcrLine => ({ text, box: [10, 10 + i * 20, text.length * 8, 14] }));
    expect(find(lines).map((f) => [f.type, f.text])).toEqual([
      ['hospital-number', '20481234'],
      ['name', 'JONES^MARY'],
      ['sex', 'F'],
      ['age', '67'],
      ['date-of-birth', '12/03/1957'],
      ['date', '14/05/2024'],
      ['time', '14:32:05'],
    ]);
  });
});

describe('sex and age split over two OCR lines', () => {
  it('joins "F" and "28" read as neighbouring lines, and a lone sex letter right of a date', () => {
    const lines: OcrLine[] = [
      { text: 'F', box: [10, 10, 8, 12] },
      { text: '28', box: [30, 10, 16, 12] },
      { text: 'DOB: 11-May-2001', box: [10, 40, 150, 12] },
      { text: 'M', box: [190, 40, 10, 12] },
    ];
    const found = find(lines).map((f) => `${f.type}:${f.text}`);
    expect(found).toContain('age-sex:F 28');
    expect(found).toContain('sex:M');
  });
});
