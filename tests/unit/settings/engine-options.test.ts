import { describe, expect, it } from 'vitest';
import { checkOptionsFrom, redactOptionsFrom } from '../../../lib/settings/engine-options';
import { defaultSettings } from '../../../lib/settings/schema';

describe('engine options from settings', () => {
  it('passes face detection and the trust hospital number patterns to the check', () => {
    const settings = { ...defaultSettings(), faceDetection: false, hospitalNumberPatterns: ['^RX[0-9]{7}$'] };
    expect(checkOptionsFrom(settings)).toEqual({ faces: false, hospitalNumberPatterns: ['^RX[0-9]{7}$'] });
    expect(checkOptionsFrom(defaultSettings()).faces).toBe(true);
  });

  it('passes the chosen face style to redaction', () => {
    expect(redactOptionsFrom({ ...defaultSettings(), redactionStyle: 'pixelate' })).toEqual({ faceStyle: 'pixelate' });
    expect(redactOptionsFrom(defaultSettings())).toEqual({ faceStyle: 'fill' });
  });
});
