/**
 * The Chrome store zip has no `key` (the Chrome Web Store rejects one), while the unpacked build that
 * trusts load or host keeps it, so the extension id stays oppibolfhpiakehfpnenhlaenadajcee.
 * Runs after `wxt zip` (the `npm test` chain), which builds .output/chrome-mv3 and zips it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN_IDS } from '../../scripts/generate-admin-files';
import { readZipEntry } from './zip';

const ROOT = join(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const ZIP = join(ROOT, `.output/consent-guard-${version}-chrome.zip`);
const UNPACKED = join(ROOT, '.output/chrome-mv3/manifest.json');

/** Chrome's id for a public key: the first 128 bits of its sha256, each hex digit written as a–p. */
function extensionId(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

describe('Chrome packages', () => {
  const unpacked = JSON.parse(readFileSync(UNPACKED, 'utf8')) as Record<string, unknown>;
  const zipped = JSON.parse(readZipEntry(ZIP, 'manifest.json').toString('utf8')) as Record<string, unknown>;

  it('the unpacked build keeps the key that fixes the extension id', () => {
    expect(typeof unpacked.key).toBe('string');
    expect(extensionId(unpacked.key as string)).toBe(ADMIN_IDS.chrome);
  });

  it('the store zip has the same manifest without the key', () => {
    expect(zipped).not.toHaveProperty('key');
    const { key: _key, ...rest } = unpacked;
    expect(zipped).toEqual(rest);
  });

  it('the store zip carries the engine files', () => {
    for (const file of ['models/face_full_range.onnx', 'models/text-detector.onnx', 'models/text-recogniser.onnx', 'tesseract/eng.traineddata.gz']) {
      expect(readZipEntry(ZIP, file).length, file).toBeGreaterThan(0);
    }
  });
});
