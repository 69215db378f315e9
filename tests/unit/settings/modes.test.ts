import { describe, expect, it } from 'vitest';
import type { Report } from '../../../lib/engine/report';
import { attachActionFor, checkStateOf, dialogModeFor, originalOffer, type CheckState, type ModeRules } from '../../../lib/settings/modes';

const rules = (over: Partial<ModeRules> = {}): ModeRules => ({ mode: 'confirm', onCheckFailure: 'warn', otherReasons: [], ...over });
const base: Report = { file: 'a.png', width: 10, height: 10, verdict: 'clear', faces: [], text: [], identifiers: [], metadata: [], timings: {} };

describe('one name per mode', () => {
  it('off passes, audit checks after the site has the file, the rest hold for the dialog', () => {
    expect(['off', 'audit', 'warn', 'confirm', 'block'].map((m) => attachActionFor(m as never))).toEqual(['pass', 'audit', 'hold', 'hold', 'hold']);
    expect(['warn', 'confirm', 'block', 'off', 'audit'].map((m) => dialogModeFor(m as never))).toEqual(['warn', 'confirm', 'block', 'confirm', 'confirm']);
  });
});

describe('originalOffer', () => {
  it('warn: one click, whatever was found', () => {
    for (const state of ['findings', 'review', 'clear'] as CheckState[]) expect(originalOffer(rules({ mode: 'warn' }), state)).toEqual({ kind: 'one-click' });
  });

  it('confirm: written consent, or a false alarm when there are findings, or "nothing identifies" when there are none', () => {
    expect(originalOffer(rules(), 'findings')).toEqual({ kind: 'paths', paths: ['written-consent', 'false-alarm'] });
    expect(originalOffer(rules(), 'review')).toEqual({ kind: 'paths', paths: ['written-consent', 'anonymised'] });
    expect(originalOffer(rules({ otherReasons: ['Approved'] }), 'findings')).toEqual({ kind: 'paths', paths: ['written-consent', 'false-alarm', 'other-reason'] });
  });

  it('block: no original for images with findings or text to review; a clear image follows the paths', () => {
    expect(originalOffer(rules({ mode: 'block' }), 'findings')).toEqual({ kind: 'none' });
    expect(originalOffer(rules({ mode: 'block' }), 'review')).toEqual({ kind: 'none' });
    expect(originalOffer(rules({ mode: 'block' }), 'clear').kind).toBe('paths');
  });

  it('a failed check follows onCheckFailure in every mode: hold never, allow automatically, warn as the mode allows (never a false alarm)', () => {
    for (const mode of ['warn', 'confirm', 'block'] as const) {
      expect(originalOffer(rules({ mode, onCheckFailure: 'hold' }), 'error')).toEqual({ kind: 'none' });
      expect(originalOffer(rules({ mode, onCheckFailure: 'allow' }), 'error')).toEqual({ kind: 'automatic' });
    }
    expect(originalOffer(rules({ mode: 'warn' }), 'error')).toEqual({ kind: 'one-click' });
    expect(originalOffer(rules({ mode: 'block' }), 'error')).toEqual({ kind: 'paths', paths: ['written-consent', 'anonymised'] });
  });
});

describe('checkStateOf', () => {
  it('reads findings, text to review, clear and failures from the reports', () => {
    expect(checkStateOf([base])).toBe('clear');
    expect(checkStateOf([{ ...base, verdict: 'review', text: [{ box: [0, 0, 1, 1], text: 'NBI' }] }])).toBe('review');
    expect(checkStateOf([base, { ...base, metadata: [{ tag: 'GPS:Position', value: '1,2' }] }])).toBe('findings');
    expect(checkStateOf([base, undefined])).toBe('error');
    expect(checkStateOf([{ ...base, verdict: 'error' }])).toBe('error');
    expect(checkStateOf([])).toBe('error');
  });
});
