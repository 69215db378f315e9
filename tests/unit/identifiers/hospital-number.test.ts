import { describe, expect, it } from 'vitest';
import { findIn, textsOf } from './helpers';

const hospOf = (text: string, patterns?: string[]) =>
  textsOf('hospital-number', text, patterns ? { hospitalNumberPatterns: patterns } : {});

describe('hospital number rule', () => {
  it.each([
    ['Hosp No: A1234567', 'A1234567'],
    ['Hospital Number 12345678', '12345678'],
    ['MRN: 00123456', '00123456'],
    ['M.R.N. K123456', 'K123456'],
    ['Unit No 7654321', '7654321'],
    ['PID: RX1-998877', 'RX1-998877'],
    ['Patient ID: AB123456', 'AB123456'],
    ['ID: 20481234', '20481234'],
    ['Case No. 55443', '55443'],
    ['WRN: H516732', 'H516732'],
    ['MRM 00123456', '00123456'],
  ])('fires on %s', (text, expected) => {
    expect(hospOf(text)).toEqual([expected]);
  });

  it('fires on a trust-prefixed number without a label', () => {
    expect(hospOf('RTH1234567')).toEqual(['RTH1234567']);
  });

  it('does not fire without a digit, or when too short or too long', () => {
    expect(hospOf('ID: JONES')).toEqual([]);
    expect(hospOf('MRN: 1234')).toEqual([]);
    expect(hospOf('MRN: 12345678901234')).toEqual([]);
  });

  it('does not treat a study ID as a hospital number', () => {
    expect(hospOf('Study ID: 12345678')).toEqual([]);
    expect(textsOf('other', 'Study ID: 12345678')).toEqual(['12345678']);
  });

  it('does not fire on unlabelled numbers', () => {
    expect(hospOf('Exposure 12345678')).toEqual([]);
  });

  it('uses trust-specific patterns from the options and ignores invalid ones', () => {
    expect(hospOf('Ref K12-3456', ['K\\d{2}-\\d{4}', '(unclosed'])).toEqual(['K12-3456']);
    expect(findIn('Ref K12-3456')).toEqual([]);
  });
});

describe('hospital number rule: unlabelled forms and OCR misreadings', () => {
  it('finds a number of capitals and digits with no label', () => {
    expect(hospOf('M605201')).toEqual(['M605201']);
    expect(hospOf('Band RX123456 issued')).toEqual(['RX123456']);
    expect(hospOf('M6O52O1')).toEqual(['M6O52O1']);
  });

  it('finds a long number standing alone on its line', () => {
    expect(hospOf('58797130')).toEqual(['58797130']);
    expect(hospOf('Exposure 58797130')).toEqual([]);
  });

  it('reads the label as OCR misreads it', () => {
    expect(hospOf('H0sp No: 05474759')).toEqual(['05474759']);
    expect(hospOf('Hosp N0: 05474759')).toEqual(['05474759']);
    expect(hospOf('Unit N0. K123456')).toEqual(['K123456']);
  });

  it('does not take serial, lot or reference codes, device names or short numbers', () => {
    for (const text of ['SN12345678', 'LOT123456', 'REF123456', 'CV-190', 'EPK-i7010', 'GIF-HQ290', 'CF-H190L', '12345']) expect(hospOf(text), text).toEqual([]);
  });
});

describe('hospital number rule: more OCR damage', () => {
  it('reads "ID" misread as "10" after Patient', () => {
    expect(hospOf('Patient 10: 097189382')).toEqual(['097189382']);
  });

  it('keeps a stray @ inside a labelled value', () => {
    expect(hospOf('Hosp No: M0@82216')).toEqual(['M0@82216']);
  });

  it('finds a long number set off as its own field', () => {
    expect(hospOf('PACS Viewer - ROBERTS JAMES - 72294116')).toEqual(['72294116']);
    expect(hospOf('Series 4 - 12345678 images')).toEqual([]);
  });
});
