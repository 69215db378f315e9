import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describePostFinding, findFileNameContext } from '../../../lib/dialog/post-context';
import { useCatalogue, type Catalogue } from '../../../lib/i18n';

useCatalogue(JSON.parse(readFileSync(new URL('../../../public/_locales/en_GB/messages.json', import.meta.url), 'utf8')) as Catalogue);

describe('identifiers in the names of attached files', () => {
  it('finds an NHS number and a date of birth in a file name and says the site will see it', () => {
    const found = findFileNameContext(['SMITH John 9990000018.jpg', 'Jane Doe DOB 01-02-1950.png']);
    expect(found.map((f) => [f.fileName, f.type, f.text])).toEqual([
      ['SMITH John 9990000018.jpg', 'name', 'SMITH John'],
      ['SMITH John 9990000018.jpg', 'nhs-number', '9990000018'],
      ['Jane Doe DOB 01-02-1950.png', 'name', 'Jane Doe'],
      ['Jane Doe DOB 01-02-1950.png', 'date-of-birth', '01-02-1950'],
    ]);
    expect(describePostFinding(found[1]!)).toBe('The file name ‘SMITH John 9990000018.jpg’ gives away ‘9990000018’ (an identifying number). The site will see this name.');
  });

  it('leaves camera and phone names alone, and ten digits that fail the NHS check digit', () => {
    expect(findFileNameContext(['IMG_20240101_123456.jpg', 'PXL_20251130_101112345.jpg', 'wound.jpg', 'scan 9990000019.png'])).toEqual([]);
  });
});
