import { describe, expect, it } from 'vitest';
import { findDatesInText } from '../../../lib/engine/identifiers/dates-in-text';
import { NOW, textsOf } from './helpers';

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

  it('rejects impossible dates and things that only look like dates', () => {
    expect(datesOf('31/02/2024')).toEqual([]);
    expect(datesOf('29/02/2023')).toEqual([]);
    expect(datesOf('29/02/2024')).toEqual(['29/02/2024']);
    expect(datesOf('version 1.2.3')).toEqual([]);
    expect(datesOf('13/13/2024')).toEqual([]);
    expect(datesOf('you may 5 times')).toEqual([]);
    expect(datesOf('12 Marathon')).toEqual([]);
  });

  it('reads through OCR noise', () => {
    expect(datesOf('l2/O3/2O24')).toEqual(['l2/O3/2O24']);
  });
});
