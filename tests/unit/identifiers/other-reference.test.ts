import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

describe('other reference rule', () => {
  it.each([
    ['Accession No: RAD12345678', 'RAD12345678'],
    ['Acc# 55512345', '55512345'],
    ['Study ID 1.2.840.113619.2.55', '1.2.840.113619.2.55'],
    ['Episode No: E998877', 'E998877'],
  ])('finds %s', (text, expected) => {
    expect(textsOf('other', text)).toEqual([expected]);
  });

  it('does not fire without a digit in the value', () => {
    expect(textsOf('other', 'Study ID: PENDING')).toEqual([]);
  });
});
