import { describe, expect, it } from 'vitest';
import { findIn, textsOf } from './helpers';

const chiOf = (text: string) => textsOf('chi-number', text);

describe('CHI number rule', () => {
  it('fires on a labelled CHI number', () => {
    expect(chiOf('CHI: 1506501230')).toEqual(['1506501230']);
    expect(chiOf('CHI No 150650 1230')).toEqual(['150650 1230']);
  });

  it('accepts the modulus-10 check digit issued since late 2025', () => {
    expect(chiOf('CHI 1506501236')).toEqual(['1506501236']);
    expect(chiOf('1506501236')).toEqual(['1506501236']);
    expect(findIn('CHI 1506501236')[0]?.confidence).toBeGreaterThan(0.9);
  });

  it('fires unlabelled only with a real DDMMYY date and a valid check digit', () => {
    expect(chiOf('1506501230')).toEqual(['1506501230']);
    expect(chiOf('150650 1230')).toEqual(['150650 1230']);
    expect(chiOf('1506501231')).toEqual([]); // neither check passes
    expect(chiOf('3213501230')).toEqual([]); // day 32, month 13
  });

  it('flags a labelled value that does not validate, at lower confidence', () => {
    const [finding] = findIn('CHI: 1506501231');
    expect(finding?.type).toBe('chi-number');
    expect(finding?.confidence).toBeLessThan(0.7);
  });

  it('does not fire on a random 10-digit number', () => {
    expect(findIn('Lot 1234567890')).toEqual([]);
  });
});

describe('CHI number rule: OCR misreadings', () => {
  it('reads the label and the digits as OCR misreads them', () => {
    expect(textsOf('chi-number', 'CH1: 120356 1234')).toHaveLength(1);
    expect(textsOf('chi-number', 'CHl No: 12O356l234')).toHaveLength(1);
  });
});

describe('CHI number rule: look-alikes', () => {
  it('does not take an unlabelled ten-digit number whose first six digits are no date', () => {
    expect(textsOf('chi-number', '3213561234')).toEqual([]);
    expect(textsOf('chi-number', 'Tel 0131 496 0000')).toEqual([]);
  });
});
