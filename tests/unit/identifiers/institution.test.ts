import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

const placesOf = (text: string) => textsOf('institution', text);

describe('institution rule', () => {
  it.each([
    ["St Mary's Hospital", "St Mary's Hospital"],
    ['Leeds Teaching Hospitals NHS Trust', 'Leeds Teaching Hospitals NHS Trust'],
    ['Guy’s and St Thomas’ NHS Foundation Trust', 'Guy’s and St Thomas’ NHS Foundation Trust'],
    ['ROYAL VICTORIA INFIRMARY', 'ROYAL VICTORIA INFIRMARY'],
    ['Riverside Medical Centre', 'Riverside Medical Centre'],
    ['RIVERSIDE MEDICAL CENTRE', 'RIVERSIDE MEDICAL CENTRE'],
    ['Hospital for Sick Children', 'Hospital for Sick Children'],
    ['Betsi Cadwaladr University Health Board', 'Betsi Cadwaladr University Health Board'],
    ['NHS Lothian', 'NHS Lothian'],
    ['Royal Free', 'Royal Free'],
    ['Mayo Clinic', 'Mayo Clinic'],
    ['Lowvale District General', 'Lowvale District General'],
    ['Lowvale DGH', 'Lowvale DGH'],
  ])('finds %s', (text, expected) => {
    expect(placesOf(`at ${text} today`)).toEqual([expected]);
  });

  it('finds well-known hospitals by their stem', () => {
    expect(placesOf("Scoped at Addenbrooke's this week")).toEqual(["Addenbrooke's"]);
    expect(placesOf('Great Ormond Street')).toEqual(['Great Ormond Street']);
  });

  it('drops sentence words before the name', () => {
    expect(placesOf("Seen at St Mary's Hospital")).toEqual(["St Mary's Hospital"]);
  });

  it('does not fire on generic services or NHS labels', () => {
    expect(placesOf('General Hospital')).toEqual([]);
    expect(placesOf('District General')).toEqual([]);
    expect(placesOf('Fracture Clinic')).toEqual([]);
    expect(placesOf('at the hospital')).toEqual([]);
    expect(placesOf('NHS No: 999 000 0018')).toEqual([]);
    expect(placesOf('Royal College of Radiologists guidance')).toEqual([]);
  });
});

describe('institution rule: surgeries and OCR misreadings', () => {
  it('finds GP surgeries and health centres named after a place', () => {
    expect(textsOf('institution', 'Parkside Surgery')).toEqual(['Parkside Surgery']);
    expect(textsOf('institution', 'Westgate Health Centre')).toEqual(['Westgate Health Centre']);
  });

  it('does not take a kind of surgery for a place', () => {
    for (const text of ['General Surgery', 'Day Surgery', 'Minor Surgery', 'Plastic Surgery', 'Colorectal Surgery']) expect(textsOf('institution', text), text).toEqual([]);
  });

  it('reads names with digits misread for letters', () => {
    expect(textsOf('institution', 'WESTBRIDGE GENERAL H0SPITAL')).toEqual(['WESTBRIDGE GENERAL H0SPITAL']);
    expect(textsOf('institution', 'Royal Fenmoor lnfirmary')).toHaveLength(1);
  });
});
