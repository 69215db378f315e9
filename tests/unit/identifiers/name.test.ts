import { describe, expect, it } from 'vitest';
import { findIn, textsOf } from './helpers';

const namesOf = (text: string) => textsOf('name', text);

describe('name rule', () => {
  it('fires on a labelled DICOM name', () => {
    expect(namesOf('Name: JONES^MARY')).toEqual(['JONES^MARY']);
    expect(namesOf('JONES^MARY^ANN')).toEqual(['JONES^MARY^ANN']);
  });

  it('fires on name labels followed by words', () => {
    expect(namesOf('Patient Name: Mary Jones')).toEqual(['Mary Jones']);
    expect(namesOf('PATIENT: MARY JONES')).toEqual(['MARY JONES']);
    expect(namesOf('Surname: Smith-Jones')).toEqual(['Smith-Jones']);
    expect(namesOf("Pt: O'Brien")).toEqual(["O'Brien"]);
  });

  it('ends the name at the next field', () => {
    expect(namesOf('Name: JONES^MARY DOB: 12/03/1956')).toEqual(['JONES^MARY']);
    expect(namesOf('Name: MARY JONES Age 67')).toEqual(['MARY JONES']);
  });

  it('fires on SURNAME, Forename', () => {
    expect(namesOf('JONES, Mary')).toEqual(['JONES, Mary']);
  });

  it('fires on a title followed by capitalised words', () => {
    expect(namesOf('seen by Mrs Mary Jones today')).toEqual(['Mrs Mary Jones']);
    expect(namesOf('Dr. A Patel')).toEqual(['Dr. A Patel']);
  });

  it('does not fire on field names or empty values', () => {
    expect(findIn('Patient Position: HFS')).toEqual([]);
    expect(findIn('Name:')).toEqual([]);
    expect(findIn('Patient Details')).toEqual([]);
    expect(namesOf('Name: DOB:')).toEqual([]);
  });

  it('does not fire on modality abbreviations or lower-case words', () => {
    expect(namesOf('MR Brain with contrast')).toEqual([]);
    expect(namesOf('CT, Chest')).toEqual([]);
    expect(namesOf('the patient was well')).toEqual([]);
    expect(namesOf('mr smith')).toEqual([]);
  });
});

describe('name rule: forms and OCR misreadings', () => {
  it.each([
    ['Name: HALL^PATRICIA', 'HALL^PATRICIA'],
    ['HALL^PATRICIA^JANE', 'HALL^PATRICIA^JANE'],
    ['Patient Name: JONES^MARY', 'JONES^MARY'],
    ['Pat Name: Mary Jones', 'Mary Jones'],
    ['Pat: Mary JONES', 'Mary JONES'],
    ['Surname: SMITH', 'SMITH'],
    ['Forenames: Mary Ann', 'Mary Ann'],
  ])('finds labelled %s', (text, expected) => {
    expect(namesOf(text)).toEqual([expected]);
  });

  it('reads labels as OCR misreads them', () => {
    expect(namesOf('Narne: JONES^MARY')).toEqual(['JONES^MARY']);
    expect(namesOf('Patlent Name: Mary Jones')).toEqual(['Mary Jones']);
    expect(namesOf('N@me: Mary Jones')).toEqual(['Mary Jones']);
  });

  it('reads names with digits misread for letters', () => {
    expect(namesOf('Name: J0NES^MARY')).toEqual(['J0NES^MARY']);
    expect(namesOf('SM1TH, John')).toEqual(['SM1TH, John']);
  });

  it('finds a DICOM name whose caret OCR misread', () => {
    expect(namesOf('WALKER*PATRICIA')).toEqual(['WALKER*PATRICIA']);
    expect(namesOf('WALKER~PATRICIA')).toEqual(['WALKER~PATRICIA']);
  });

  it('finds SURNAME, Forename with the comma read as a full stop when the names are common', () => {
    expect(namesOf('JONES. Mary')).toEqual(['JONES. Mary']);
    expect(namesOf('BIOPSY. Colon')).toEqual([]);
  });

  it('finds bare name pairs in an overlay when one word is a common given name', () => {
    expect(namesOf('John HUGHES')).toEqual(['John HUGHES']);
    expect(namesOf('Patricia EVANS')).toEqual(['Patricia EVANS']);
    expect(namesOf('SMITH JOHN')).toEqual(['SMITH JOHN']);
    expect(namesOf('PRIYA SHARMA')).toEqual(['PRIYA SHARMA']);
    expect(namesOf('George Ashworth')).toEqual(['George Ashworth']);
  });

  it('does not take device, settings or specimen text for a bare name', () => {
    for (const text of ['Colon BIOPSY', 'MAX ZOOM', 'Iris Auto', 'ZOOM x1.5', 'OLYMPUS CV-190', 'Aplio i800 9L-D', 'LOGIQ E10', 'Specimen: Colon biopsy', 'HARMFUL - Keep closed', 'Series CT ABDO', 'Grace period', 'Lesion A']) {
      expect(namesOf(text), text).toEqual([]);
    }
  });
});

describe('name rule: DICOM names with the caret read as a letter or lost', () => {
  it('splits a merged upper-case run at a common given name', () => {
    expect(namesOf('PACS Viewer - WALKERMPATRICIA - 72294116')).toEqual(['WALKERMPATRICIA']);
    expect(namesOf('ROBERTSAJAMES')).toEqual(['ROBERTSAJAMES']);
    expect(namesOf('HALLPATRICIA')).toEqual(['HALLPATRICIA']);
  });

  it('leaves long upper-case words alone', () => {
    for (const text of ['HISTOPATHOLOGY', 'NORTHSHIRE', 'FUJIFILM EP-7000', 'ULTRASOUND', 'TRANSVERSE', 'PROCEDURE']) expect(namesOf(text), text).toEqual([]);
  });
});

describe('name rule: more OCR damage seen on overlays', () => {
  it('reads a caret read as a curly quote and a space', () => {
    expect(namesOf('PACS Viewer - WHITE” JOAN - H156318')).toEqual(['WHITE” JOAN']);
    expect(namesOf('HALL" SARAH')).toEqual(['HALL" SARAH']);
  });

  it('reads SURNAME, Forename with the comma lost and the capital read small', () => {
    expect(namesOf('ROBERTS oliver 02/04/68')).toEqual(['ROBERTS oliver']);
    expect(namesOf('BIOPSY colon')).toEqual([]);
    expect(namesOf('ZOOM max')).toEqual([]);
  });
});

describe('name rule: a misread given name before a known surname', () => {
  it('takes "Ciivia EVANS" as Forename SURNAME', () => {
    expect(namesOf('Ciivia EVANS')).toEqual(['Ciivia EVANS']);
    expect(namesOf('Colon BIOPSY')).toEqual([]);
    expect(namesOf('Series SMITHS')).toEqual([]);
  });
});

describe('name rule: SURNAME Forename', () => {
  it('takes a known surname in capitals before a known given name', () => {
    expect(namesOf('SMITH John 9990000018')).toEqual(['SMITH John']);
    expect(namesOf('MARY Jones')).toEqual([]);
  });
});
