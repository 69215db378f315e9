/** The converted models are reproducible and match the checksums pinned in models/README.md. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLAZEFACE_MODELS, convertAll } from '../../scripts/convert-blazeface';
import { ensureModels, ROOT } from '../unit/faces/support';

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

function pinned(): Map<string, string> {
  const readme = readFileSync(join(ROOT, 'models/README.md'), 'utf8');
  const rows = [...readme.matchAll(/^\|\s*`([^`]+)`\s*\|[^\n]*`([0-9a-f]{64})`\s*\|$/gm)];
  return new Map(rows.map((m) => [m[1]!, m[2]!]));
}

describe('BlazeFace ONNX build', () => {
  it('pins a checksum for every source and output file', () => {
    const files = pinned();
    for (const { source, output } of BLAZEFACE_MODELS) {
      expect(files.has(`node_modules/@mediapipe/face_detection/${source}`)).toBe(true);
      expect(files.has(`models/build/${output}`)).toBe(true);
    }
  });

  it('source and built files match models/README.md', () => {
    ensureModels();
    for (const [file, hash] of pinned()) expect(sha256(join(ROOT, file)), file).toBe(hash);
  });

  it('a fresh conversion is byte-identical', () => {
    const dir = mkdtempSync(join(tmpdir(), 'blazeface-'));
    try {
      for (const path of convertAll(dir)) {
        expect(sha256(path)).toBe(pinned().get(`models/build/${path.split('/').pop()}`));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
