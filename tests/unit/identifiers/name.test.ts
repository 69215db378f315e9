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
