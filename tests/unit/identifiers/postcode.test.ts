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

describe('postcode rule: OCR misreadings', () => {
  it('repairs one or two misread characters when the area is real', () => {
    expect(postcodesOf('EHI 1AA')).toEqual(['EHI 1AA']);
    expect(postcodesOf('SW1A IAA')).toEqual(['SW1A IAA']);
    expect(postcodesOf('M1 1A3')).toEqual([]); // the inward letters must be letters: 3 is no lookalike
    expect(postcodesOf('LS1 4B8')).toEqual(['LS1 4B8']);
  });

  it('does not repair settings text or codes into postcodes', () => {
    for (const text of ['A3 SE2', 'CV 190', 'EP 7000', 'W400 L40', 'QZ1 1AA', 'OLYMPUS', 'C1-6', 'L4-12t']) expect(postcodesOf(text), text).toEqual([]);
  });
});
