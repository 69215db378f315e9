/**
 * Every model file is pinned in models/README.md and present: the committed BlazeFace ONNX files, their
 * MediaPipe sources, and the PP-OCR and tesseract files the runtime loads from dependencies. A missing file
 * fails here (it is never skipped), and a fresh run of the converter reproduces the committed bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeEngineFiles } from '../../lib/engine/runtime/node-files';
import { FACE_MODEL_FILES } from '../../lib/engine/runtime/onnx';
import { BLAZEFACE_MODELS, convertAll } from '../../scripts/convert-blazeface';
import { ROOT } from '../unit/faces/support';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** README rows `| \`path\` | … | \`sha256\` |`, keyed by repository-relative path. */
function pinned(): Map<string, string> {
  const readme = readFileSync(join(ROOT, 'models/README.md'), 'utf8');
  const rows = [...readme.matchAll(/^\|\s*`([^`]+)`\s*\|[^\n]*`([0-9a-f]{64})`\s*\|$/gm)];
  return new Map(rows.map((m) => [m[1]!, m[2]!]));
}

/** Every file the Node runtime (and so the extension build) loads, repository-relative. */
function runtimeFiles(): string[] {
  const files = nodeEngineFiles();
  const paths = [
    ...Object.values(FACE_MODEL_FILES).map((f) => join(files.faceModels, f)),
    files.textDetector, files.lineClassifier, files.lineRecogniser, files.lineRecogniserKeys,
    join(files.tesseractLang, 'eng.traineddata.gz'),
  ];
  return paths.map((p) => relative(ROOT, p));
}

describe('model files', () => {
  it('pins a checksum for every converter source, committed model and runtime file', () => {
    const files = pinned();
    const wanted = [
      ...BLAZEFACE_MODELS.flatMap(({ source, output }) => [`node_modules/@mediapipe/face_detection/${source}`, `models/${output}`]),
      ...runtimeFiles(),
    ];
    for (const file of wanted) expect(files.has(file), `${file} has no row in models/README.md`).toBe(true);
  });

  it('every pinned file is present and matches its sha256', () => {
    for (const [file, hash] of pinned()) {
      const path = join(ROOT, file);
      expect(existsSync(path), `${file} is missing (models/ is committed; node_modules comes from \`npm ci\`)`).toBe(true);
      expect(sha256(readFileSync(path)), file).toBe(hash);
    }
  });

  it('a fresh conversion reproduces the committed BlazeFace models byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'blazeface-'));
    try {
      const written = convertAll(dir);
      expect(written.map((p) => relative(dir, p))).toEqual(BLAZEFACE_MODELS.map((m) => m.output));
      for (const path of written) {
        const committed = readFileSync(join(ROOT, 'models', relative(dir, path)));
        expect(Buffer.compare(readFileSync(path), committed), `${path} differs from the committed file`).toBe(0);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
