import { describe, expect, it } from 'vitest';
import type { Report } from '../../../lib/engine/report';
import { checkOptionsFrom, redactOptionsFrom } from '../../../lib/settings/engine-options';
import { defaultSettings } from '../../../lib/settings/schema';

const report = (faces: Report['faces']): Report => ({
  file: 'a.png', width: 10, height: 10, verdict: 'identifiable', faces, text: [], identifiers: [], metadata: [], timings: {},
});

describe('engine options from settings', () => {
  it('passes face detection and the trust hospital number patterns to the check', () => {
    const settings = { ...defaultSettings(), faceDetection: false, hospitalNumberPatterns: ['^RX[0-9]{7}$'] };
    expect(checkOptionsFrom(settings)).toEqual({ faces: false, hospitalNumberPatterns: ['^RX[0-9]{7}$'] });
    expect(checkOptionsFrom(defaultSettings()).faces).toBe(true);
  });

  it('marks the report face boxes and the chosen face style for redaction', () => {
    const settings = { ...defaultSettings(), redactionStyle: 'pixelate' as const };
    const options = redactOptionsFrom(settings, report([{ box: [1, 2, 3, 4], score: 0.9 }]));
    expect(options).toEqual({ faceBoxes: [[1, 2, 3, 4]], faceStyle: 'pixelate' });
    expect(redactOptionsFrom(defaultSettings(), undefined)).toEqual({ faceBoxes: [], faceStyle: 'fill' });
  });
});
