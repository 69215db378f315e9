import { describe, expect, it } from 'vitest';
import type { Report } from '../../../lib/engine/report';
import { canKeepLabel, isKeptLabel } from '../../../lib/settings/kept-labels';
import { checkStateOf } from '../../../lib/settings/modes';
import { keptLabelsOf } from '../../../lib/settings/dialog-policy';
import { sanitiseSettings } from '../../../lib/settings/validate';
import { defaultSettings } from '../../../lib/settings';

describe('labels that may stay', () => {
  it('lets an endoscope processor label or a scale bar be kept', () => {
    for (const label of ['BLI', 'ZOOM', 'Eh:B5 Cm:0', '5 mm', 'NBI']) expect(canKeepLabel(label), label).toBe(true);
  });

  it('never lets anything identifying be kept', () => {
    for (const label of ['999 000 0018', 'D.O.B: 15/02/1950', '22/12/2024', 'MRN K434419', 'SW1A 1AA', '1234567', '', '   ', 'x'.repeat(41)]) {
      expect(canKeepLabel(label), label).toBe(false);
    }
  });

  it('matches kept labels ignoring case, quotes and spacing, word by word', () => {
    expect(isKeptLabel('zoom', ['ZOOM'])).toBe(true);
    expect(isKeptLabel('Eh:B5Cm:0', ['Eh:B5 Cm:0'])).toBe(true);
    expect(isKeptLabel('BLI ZOOM', ['bli', 'zoom'])).toBe(true);
    expect(isKeptLabel('BLI TURNER', ['bli'])).toBe(false);
    expect(isKeptLabel('ZOOM', [])).toBe(false);
    // What the reader confuses: I, l and 1; O and 0.
    expect(isKeptLabel('lris:Avg', ['Iris:Avg'])).toBe(true);
    expect(isKeptLabel('Z00M', ['ZOOM'])).toBe(true);
    expect(isKeptLabel('Iris:Max', ['Iris:Avg'])).toBe(false);
  });

  it('drops identifiers from a kept-labels list, even one set by policy', () => {
    const { values, rejected } = sanitiseSettings({ keptLabels: ['BLI', '999 000 0018', 'TURNER, Jane 15/02/1950'], organisationKeptLabels: ['ZOOM', '15/02/1950'] });
    expect(values.keptLabels).toEqual(['BLI']);
    expect(values.organisationKeptLabels).toEqual(['ZOOM']);
    expect(rejected).toEqual(expect.arrayContaining(['keptLabels', 'organisationKeptLabels']));
    expect(keptLabelsOf({ ...defaultSettings(), ...values })).toEqual(['ZOOM', 'BLI']);
  });

  it('an image whose only text is kept labels is clear; one with other text still needs a look', () => {
    const report = (texts: string[]): Report => ({
      file: 'a.png', width: 100, height: 100, verdict: 'review', faces: [], identifiers: [], metadata: [], timings: {},
      text: texts.map((text) => ({ box: [0, 0, 10, 10] as [number, number, number, number], text })),
    });
    expect(checkStateOf([report(['ZOOM', 'BLI'])], ['zoom', 'bli'])).toBe('clear');
    expect(checkStateOf([report(['ZOOM', 'Lowvale'])], ['zoom'])).toBe('review');
    expect(checkStateOf([report(['ZOOM'])])).toBe('review');
  });
});
