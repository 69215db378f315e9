import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

const postcodesOf = (text: string) => textsOf('postcode', text);

describe('postcode rule', () => {
  it.each(['SW1A 1AA', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'EC1A 1BB', 'W1A 0AX', 'GIR 0AA'])('finds %s', (code) => {
    expect(postcodesOf(`Address: somewhere ${code}.`)).toEqual([code]);
  });

  it('tolerates a missing space', () => {
    expect(postcodesOf('EH11AA')).toEqual(['EH11AA']);
    expect(postcodesOf('SW1A1AA')).toEqual(['SW1A1AA']);
  });

  it('does not fire on things shaped nearly like postcodes', () => {
    expect(postcodesOf('Eh:A5 Cm:1')).toEqual([]);
    expect(postcodesOf('T2 FLAIR')).toEqual([]);
    expect(postcodesOf('sw1a 1aa')).toEqual([]); // upper case only: lower-case text is almost never a postcode
    expect(postcodesOf('AI1 1AA')).toEqual([]); // BS 7666: the second letter is never I or Z
    expect(postcodesOf('SW1A 1A')).toEqual([]);
  });
});
