import { describe, expect, it } from 'vitest';
import { generateTestNhsNumber, formatNhsNumber } from '../../../lib/engine/identifiers';
import { findIn, textsOf } from './helpers';

const nhsOf = (text: string) => textsOf('nhs-number', text);

describe('NHS number rule', () => {
  it('fires on a labelled number in any common layout', () => {
    expect(nhsOf('NHS No: 999 000 0018')).toEqual(['999 000 0018']);
    expect(nhsOf('NHS Number 9990000018')).toEqual(['9990000018']);
    expect(nhsOf('N.H.S. no. 999-000-0018')).toEqual(['999-000-0018']);
    expect(nhsOf('NHS Number (verified): 999 315 5810')).toEqual(['999 315 5810']);
  });

  it('fires on an unlabelled 3-3-4 number with a valid check digit', () => {
    const number = formatNhsNumber(generateTestNhsNumber(7));
    expect(nhsOf(`Ref ${number} seen`)).toEqual([number]);
  });

  it('does not fire on an unlabelled 3-3-4 number with a wrong check digit', () => {
    expect(findIn('943 476 5918')).toEqual([]);
  });

  it('does not fire on an unlabelled 10-digit number without the 3-3-4 shape', () => {
    expect(nhsOf('Order 9990000018')).toEqual([]);
    expect(findIn('Serial 9434765919')).toEqual([]);
  });

  it('flags a labelled number with a bad check digit, at lower confidence', () => {
    const [finding] = findIn('NHS No: 999 000 0019');
    expect(finding?.type).toBe('nhs-number');
    expect(finding?.confidence).toBeLessThan(0.7);
  });

  it('reads through OCR letter/digit confusion and reports the text as read', () => {
    const [finding] = findIn('NHS No: 999 4S1 62l3');
    expect(finding).toMatchObject({ type: 'nhs-number', text: '999 4S1 62l3' });
    expect(finding?.confidence).toBeGreaterThan(0.9);
    expect(nhsOf('NHS No: 94S 476 59l9')).toEqual(['94S 476 59l9']);
    expect(nhsOf('NH5 N0: 9990000018')).toEqual(['9990000018']);
  });

  it('tolerates stray spaces inside the digits', () => {
    expect(nhsOf('NHS No:99 90 000 018')).toEqual(['99 90 000 018']);
  });

  it('never takes ten digits out of a longer number', () => {
    expect(nhsOf('NHS 99900000181')).toEqual([]);
    expect(nhsOf('1 999 000 0018')).toEqual([]);
  });
});

describe('NHS number rule: separators and OCR misreadings', () => {
  it('fires on labelled numbers with spaces, dashes or none', () => {
    expect(nhsOf('NHS No: 999 000 0018')).toEqual(['999 000 0018']);
    expect(nhsOf('NHS No: 999-000-0018')).toEqual(['999-000-0018']);
    expect(nhsOf('NHS No: 9990000018')).toEqual(['9990000018']);
  });

  it('tolerates O/0, I/l/1, S/5 and B/8 in the digits', () => {
    expect(nhsOf('NHS: 999 0O0 0Ol8')).toEqual(['999 0O0 0Ol8']);
    expect(nhsOf('NHS: 999 000 00lB')).toEqual(['999 000 00lB']);
    expect(nhsOf('NHS No: 999 315 58IO')).toEqual(['999 315 58IO']);
  });

  it('does not fire on look-alikes: phone numbers, dates, longer numbers', () => {
    expect(nhsOf('Tel 0161 496 0000')).toEqual([]);
    expect(nhsOf('12/03/1956 14:32')).toEqual([]);
    expect(nhsOf('Accession 99900000181')).toEqual([]);
  });
});
