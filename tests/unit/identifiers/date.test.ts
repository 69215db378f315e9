import { describe, expect, it } from 'vitest';
import { findDatesInText } from '../../../lib/engine/identifiers/dates-in-text';
import { NOW, findIn, findInLine, textsOf } from './helpers';

const datesOf = (text: string) => textsOf('date', text);
const valueOf = (text: string) => findDatesInText(text, NOW)[0]?.date;

describe('date rule', () => {
  it.each([
    '12/03/2024',
    '12-03-24',
    '12.03.2024',
    '2024-03-12',
    '2024/03/12',
    '12 Mar 2024',
    '12-Mar-2024',
    '12MAR2024',
    'Mar 12 2024',
    'March 12th, 2024',
    '12th March 2024',
    '3/4/2024',
  ])('finds %s', (text) => {
    expect(datesOf(`Date ${text} end`)).toEqual([text]);
  });

  it('reads day-first unless that is impossible', () => {
    expect(valueOf('12/03/2024')).toEqual({ year: 2024, month: 3, day: 12 });
    expect(valueOf('03/25/2024')).toEqual({ year: 2024, month: 3, day: 25 });
    expect(valueOf('12MAR2024')).toEqual({ year: 2024, month: 3, day: 12 });
  });

  it('expands two-digit years around today', () => {
    expect(valueOf('12-03-56')?.year).toBe(1956);
    expect(valueOf('12-03-24')?.year).toBe(2024);
  });

  it('finds dates without a year at lower confidence', () => {
    expect(datesOf('on 12 March we')).toEqual(['12 March']);
  });

  it('reads no calendar date from impossible dates, and ignores things that only look like dates', () => {
    expect(findDatesInText('31/02/2024 29/02/2023 13/13/2024', NOW)).toEqual([]);
    expect(datesOf('29/02/2024')).toEqual(['29/02/2024']);
    expect(datesOf('version 1.2.3')).toEqual([]);
    expect(datesOf('13/2024')).toEqual([]);
    expect(datesOf('you may 5 times')).toEqual([]);
    expect(datesOf('12 Marathon')).toEqual([]);
  });

  it('reads through OCR noise', () => {
    expect(datesOf('l2/O3/2O24')).toEqual(['l2/O3/2O24']);
  });
});

describe('date rule: compact and misread forms', () => {
  it('finds DICOM compact dates on images (not in typed text, where they are camera timestamps) and US month-first dates', () => {
    expect(findInLine('Study Date 20240312').map((f) => f.text)).toEqual(['20240312']);
    expect(textsOf('date', 'IMG 20240312 101112')).toEqual([]);
    expect(textsOf('date', '04/20/2023')).toEqual(['04/20/2023']);
  });

  it('reads dates whose separators OCR misread', () => {
    expect(textsOf('date', '12|03|2024')).toEqual(['12|03|2024']);
    expect(textsOf('date', '12I03I2024')).toEqual(['12I03I2024']);
  });

  it('does not read settings or measurements as dates', () => {
    for (const text of ['W:400 L:40', 'Im: 12/345', 'MI 1.3  TIs 0.8', 'kV 120 mA 300', 'ZOOM x1.5', 'Eh:A5 Cm:1']) expect(textsOf('date', text), text).toEqual([]);
  });
});

describe('date rule: misread dates', () => {
  it('flags a number printed exactly like dd/mm/yyyy that is no real date, at low confidence', () => {
    const [finding] = findIn('27/87/2022');
    expect(finding).toMatchObject({ type: 'date', text: '27/87/2022' });
    expect(finding?.confidence).toBeLessThan(0.6);
    expect(datesOf('31/02/2024')).toEqual(['31/02/2024']);
    expect(datesOf('04-02-1056')).toEqual(['04-02-1056']);
  });

  it('reads a date whose first separator OCR dropped', () => {
    expect(datesOf('0710/1973')).toEqual(['0710/1973']);
  });

  it('does not flag other numbers with slashes or dots', () => {
    for (const text of ['Im: 97/476', '1.0 mm', '120/80', '3/4/5', '12/34/56', 'W:1500 L:-600']) expect(datesOf(text), text).toEqual([]);
  });
});
