import { describe, expect, it } from 'vitest';
import { findIn, findInLine, textsOf } from './helpers';

const dobOf = (text: string) => textsOf('date-of-birth', text);

describe('date of birth rule', () => {
  it.each([
    ['DOB: 12/03/1956', '12/03/1956'],
    ['D.O.B. 12-Mar-1956', '12-Mar-1956'],
    ['Date of Birth 1956-03-12', '1956-03-12'],
    ['Birth Date: 12.03.56', '12.03.56'],
    ['Born 12 March 1956', '12 March 1956'],
    ['DoB 12MAR1956', '12MAR1956'],
  ])('fires on %s', (text, expected) => {
    expect(dobOf(text)).toEqual([expected]);
  });

  it('does not call an unlabelled date a date of birth when no age is printed', () => {
    expect(dobOf('12/03/1956')).toEqual([]);
    expect(textsOf('date', '12/03/1956')).toEqual(['12/03/1956']);
  });

  it('infers a date of birth from a printed age and another date', () => {
    const text = 'Age 67 12/03/1957 Exam 14/05/2024';
    expect(dobOf(text)).toEqual(['12/03/1957']);
    expect(textsOf('date', text)).toEqual(['14/05/2024']);
  });

  it('infers a date of birth from a printed age and today, within a year', () => {
    // Today is 1 June 2025 in these tests.
    expect(dobOf('67Y 01/01/1958')).toEqual(['01/01/1958']);
    expect(dobOf('67Y 01/01/1959')).toEqual(['01/01/1959']);
    expect(dobOf('67Y 01/01/1970')).toEqual([]);
  });
});

describe('date of birth rule: forms and OCR misreadings', () => {
  it.each([
    ['DOB: 19560312', '19560312'],
    ['Birth Date: 10/17/1990', '10/17/1990'],
    ['Birth: 03/04/1956', '03/04/1956'],
    ['DOB: 12/03/56', '12/03/56'],
    ['D0B: 12/03/1956', '12/03/1956'],
    ['DO8 12-Mar-1956', '12-Mar-1956'],
    ['DOB: 12l03l1956', '12l03l1956'],
    ['DOB: l2/O3/l956', 'l2/O3/l956'],
    ['DOB | 12/03/1956', '12/03/1956'],
    // OCR glues the value to its label, and reads "rn" as "m".
    ['ASHWORTH, Susan D.O.B.19450311 F', '19450311'],
    ['D.O.B.12/03/1956', '12/03/1956'],
    ['Jane Turner Bom04/12/2001 F', '04/12/2001'],
    ['Bom 04/12/2001', '04/12/2001'],
  ])('fires on %s', (text, expected) => {
    expect(dobOf(text)).toEqual([expected]);
  });

  it('keeps a labelled value misread into no real date as the date of birth, at low confidence', () => {
    const finding = findIn('Birth Dote: 19442881').find((f) => f.type === 'date-of-birth');
    expect(finding?.text).toBe('19442881');
    expect(finding?.confidence).toBeLessThan(0.7);
    expect(dobOf('DOB: 04-02-1056')).toEqual(['04-02-1056']);
  });

  it('a lone sex letter after a glued date of birth is a sex', () => {
    expect(textsOf('sex', 'ASHWORTH, Susan D.O.B.19450311 F NHS No: 9991614621')).toEqual(['F']);
    expect(textsOf('sex', 'lane Turner Bom04/12/2001 F NHSNO:9998609704')).toEqual(['F']);
  });

  it('glued to a word, only a date with a four-digit year counts; never a version number or a digit run', () => {
    expect(textsOf('date', 'Scan12/03/2024')).toEqual(['12/03/2024']);
    expect(textsOf('date', 'v1.2.21 build 4')).toEqual([]);
    expect(textsOf('date', 'EhB12.03.24')).toEqual([]);
    // Compact dates are read on images only.
    const datesInLine = (text: string) => findInLine(text).filter((f) => f.type === 'date').map((f) => f.text);
    expect(datesInLine('K20240127')).toEqual([]);
    expect(datesInLine('x 1.20240127')).toEqual([]);
    expect(datesInLine('Exam.20240127')).toEqual(['20240127']);
  });

  it('does not read a compact number that is not a real date as a date, or a year out of range', () => {
    expect(textsOf('date', 'Ref 19561312')).toEqual([]);
    expect(textsOf('date', 'Ref 18560312')).toEqual([]);
    expect(textsOf('date', 'Serial 123456789')).toEqual([]);
  });
});
