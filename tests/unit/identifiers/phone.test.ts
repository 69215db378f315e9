import { describe, expect, it } from 'vitest';
import { findIn, textsOf } from './helpers';

const phonesOf = (text: string) => textsOf('phone', text);

describe('phone rule', () => {
  it.each([
    '07700 900123',
    '07700900123',
    '+44 7700 900123',
    '+44 (0)20 7946 0958',
    '020 7946 0958',
    '0113 496 0000',
    '01632 960001',
    '(01632) 960001',
    '0808 157 0192',
  ])('finds %s', (number) => {
    expect(phonesOf(`call ${number} now`)).toEqual([number]);
  });

  it('is more confident with a label', () => {
    expect(findIn('Tel: 020 7946 0958')[0]?.confidence).toBeGreaterThan(findIn('020 7946 0958')[0]?.confidence ?? 1);
  });

  it('does not confuse NHS numbers, CHI numbers or dates with phone numbers', () => {
    expect(findIn('NHS No: 999 000 0018').map((f) => f.type)).toEqual(['nhs-number']);
    expect(findIn('999 000 0018').map((f) => f.type)).toEqual(['nhs-number']);
    expect(findIn('0101011237').map((f) => f.type)).toEqual(['chi-number']);
    expect(phonesOf('01/02/1950')).toEqual([]);
    expect(phonesOf('01.02.2024 14:30')).toEqual([]);
  });

  it('does not fire on numbers of the wrong length or prefix', () => {
    expect(phonesOf('07700 90012')).toEqual([]);
    expect(phonesOf('07700 9001234')).toEqual([]);
    expect(phonesOf('0400 123 4567')).toEqual([]);
  });
});
