import { describe, expect, it } from 'vitest';
import { fixLetterLookalikes } from '../../../lib/engine/identifiers/ocr-letters';

describe('fixLetterLookalikes', () => {
  it('fixes digits inside mostly-letter runs, following the case of the neighbours, and keeps the length', () => {
    const noisy = 'Name: SM1TH^J0HN, Patr1cia H0SPITAL';
    const fixed = fixLetterLookalikes(noisy);
    expect(fixed).toBe('Name: SMITH^JOHN, Patrlcia HOSPITAL');
    expect(fixed).toHaveLength(noisy.length);
  });

  it('leaves numbers, codes and settings alone', () => {
    for (const text of ['999 315 5810', 'Eh:B5 Cm:1', 'A3 SE:2', 'i800', 'CV-190', 'M605201', '12/03/1956']) expect(fixLetterLookalikes(text)).toBe(text);
  });
});
