import { describe, expect, it } from 'vitest';
import { findIn, textsOf } from './helpers';

describe('age and sex rule', () => {
  it.each([
    ['Age: 67', '67'],
    ['AGE 67', '67'],
    ['67y', '67y'],
    ['67 yrs', '67 yrs'],
    ['67 years old', '67 years old'],
    ['aged 45', '45'],
    ['in her 70s', 'in her 70s'],
  ])('finds the age in %s', (text, expected) => {
    expect(textsOf('age', text)).toEqual([expected]);
  });

  it.each([['Sex: F', 'F'], ['Gender: Male', 'Male'], ['SEX M', 'M']])('finds the sex in %s', (text, expected) => {
    expect(textsOf('sex', text)).toEqual([expected]);
  });

  it.each(['M/67', '67M', '72M', 'F 45Y', '45Y F', '67/M', 'a 45-year-old woman', '72 yo male', '45 y/o female', 'male, 67'])(
    'finds age with sex in %s',
    (text) => {
      expect(findIn(text).map((f) => f.type)).toEqual(['age-sex']);
    },
  );

  it('does not fire on sizes, units and ages out of range', () => {
    expect(findIn('16F catheter')).toEqual([]);
    expect(findIn('5 m from the door')).toEqual([]);
    expect(findIn('Age: 150')).toEqual([]);
    expect(findIn('M1 motorway')).toEqual([]);
    expect(findIn('5 years ago')).toEqual([]);
  });
});

describe('age and sex rule: overlay spellings', () => {
  it('finds a lone sex letter after a date, and sex then age padded with spaces', () => {
    expect(textsOf('sex', 'DOB: 12/03/1956   F')).toEqual(['F']);
    expect(textsOf('age-sex', 'F  49')).toEqual(['F  49']);
  });

  it('does not take other capitals after dates, or times, for a sex', () => {
    expect(textsOf('sex', '12/03/2024 FR 32Hz')).toEqual([]);
    expect(textsOf('age-sex', 'M 1.5')).toEqual([]);
  });
});

describe('age and sex rule: OCR misreadings', () => {
  it('reads a sex label with 5 for S', () => {
    expect(textsOf('sex', '5ex: F')).toEqual(['F']);
  });
});
