import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

const addressesOf = (text: string) => textsOf('address', text);

describe('address rule', () => {
  it.each(['12 Church Road', '3a HIGH STREET', '221B Baker St', '7 Orchard Close', '45 Kings Park Avenue', '2 The Crescent'])(
    'finds %s',
    (address) => {
      expect(addressesOf(`lives at ${address}, town`)).toEqual([address]);
    },
  );

  it('finds flat numbers', () => {
    expect(addressesOf('Flat 3, 12 Church Road')).toEqual(['Flat 3', '12 Church Road']);
    expect(addressesOf('Apt. 4B')).toEqual(['Apt. 4B']);
  });

  it('does not fire on numbers followed by ordinary words', () => {
    expect(addressesOf('3 Patients seen')).toEqual([]);
    expect(addressesOf('12 Way')).toEqual([]);
    expect(addressesOf('5 mg daily')).toEqual([]);
  });
});
