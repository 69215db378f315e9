/** Text at an angle with the real models: the wristband sample, upright and turned over. */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { checkImage } from '../../lib/engine/check';
import { decodeImage } from '../../lib/engine/decode';
import { createNodeRuntime } from '../../lib/engine/runtime/node';
import { findText } from '../../lib/engine/text';
import { normalise } from '../unit/text/fixtures';

const runtime = createNodeRuntime();
afterAll(() => runtime.dispose());
const NOW = new Date('2025-06-01T12:00:00Z');

describe('a wristband label tilted a few degrees (samples/wristband.jpg)', () => {
  it('reads the name, date of birth, NHS number and hospital number', async () => {
    const report = await checkImage({ bytes: new Uint8Array(readFileSync('samples/wristband.jpg')), name: 'wristband.jpg' }, runtime, { faces: false, now: NOW });
    const types = new Set(report.identifiers.map((i) => i.type));
    for (const t of ['name', 'date-of-birth', 'nhs-number', 'hospital-number'] as const) expect(types, t).toContain(t);
    expect(report.identifiers.find((i) => i.type === 'nhs-number')?.text.replace(/\D/g, '')).toBe('9992964391');
    // Every line keeps its rotated outline, tilted the label's few degrees.
    const tilts = report.text.map((t) => (Math.atan2(t.quad![3] - t.quad![1], t.quad![2] - t.quad![0]) * 180) / Math.PI);
    for (const tilt of tilts) expect(tilt).toBeGreaterThan(3);
  }, 120_000);

  it('reads the label turned upside down: the direction classifier turns each line over', async () => {
    const rotated = await sharp(readFileSync('samples/wristband.jpg')).rotate(180).png().toBuffer();
    const { image } = await decodeImage(new Uint8Array(rotated), runtime.decode);
    const runners = { detector: runtime.textDetector, ocr: runtime.ocr, classifier: runtime.lineClassifier!, recogniser: runtime.lineRecogniser! };
    const text = normalise((await findText(image, runners)).map((l) => l.text).join(' '));
    for (const id of ['WALKER', '9992964391', 'M605201']) expect(text).toContain(id);
  }, 120_000);
});
