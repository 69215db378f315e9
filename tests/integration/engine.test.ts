/** The assembled engine on bundled samples with the real Node runtime. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectImage } from '../../lib/engine/check';
import { decodeImage } from '../../lib/engine/decode';
import { redactImage } from '../../lib/engine/redact';
import { boxesFromReport } from '../../lib/engine/redact/from-report';
import { createNodeRuntime } from '../../lib/engine/runtime/node';
import { schemaErrors } from '../unit/check/schema';

const root = resolve(__dirname, '../..');
const sample = resolve(root, 'samples/radiology-screenshot.jpg');

describe('engine on a sample', () => {
  const runtime = createNodeRuntime();
  afterAll(() => runtime.dispose());

  it('finds the burned-in identifiers and the redacted copy covers them', async () => {
    const bytes = new Uint8Array(readFileSync(sample));
    const { report, decoded } = await inspectImage({ bytes, name: 'radiology-screenshot.jpg' }, runtime);
    expect(schemaErrors(report)).toBe('');
    expect(report.verdict).toBe('identifiable');
    const nhs = report.identifiers.find((i) => i.type === 'nhs-number');
    expect(nhs?.text).toMatch(/^999 \d{3} \d{4}$/);
    if (!decoded || !nhs) throw new Error('expected pixels and an NHS number');

    const copy = await redactImage(decoded, report.file, boxesFromReport(report), runtime.encode);
    const back = await decodeImage(copy.bytes, runtime.decode);
    const [x, y, w, h] = nhs.box;
    let dark = 0, total = 0;
    for (let yy = Math.ceil(y); yy < y + h; yy++) {
      for (let xx = Math.ceil(x); xx < x + w; xx++) {
        total++;
        if ((back.image.data[(yy * back.image.width + xx) * 4] ?? 255) < 40) dark++;
      }
    }
    expect(dark / total).toBeGreaterThan(0.95);
  });
});
