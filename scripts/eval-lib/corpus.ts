/**
 * The evaluation corpus: synthetic pairs from the fixture generator, cached
 * by seed and count under tests/.generated/eval/, plus the annotated face photos.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateSet } from '../../tests/fixtures/generator/generate';
import { KINDS, type Truth } from '../../tests/fixtures/generator/truth';
import type { Box } from '../../lib/engine/report';

/** Repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** One synthetic image: where it is and its truth. */
export interface SyntheticItem {
  path: string;
  truth: Truth;
}

/** One annotated real photo. */
export interface FacePhoto {
  path: string;
  file: string;
  faces: Box[];
}

function readTruth(dir: string): Truth[] {
  return readFileSync(join(dir, 'truth.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Truth);
}

/**
 * Returns the synthetic set for (seed, count), generating it only when the
 * cache folder lacks a complete truth.jsonl or any image.
 */
export async function syntheticCorpus(seed: number, count: number, log: (s: string) => void): Promise<{ dir: string; items: SyntheticItem[]; cached: boolean }> {
  const dir = join(ROOT, 'tests/.generated/eval', `seed-${seed}-n${count}`);
  const complete = () => existsSync(join(dir, 'truth.jsonl')) && readTruth(dir).length === count && readTruth(dir).every((t) => existsSync(join(dir, t.file)));
  const cached = complete();
  if (!cached) {
    log(`generating ${count} synthetic images (seed ${seed}) into ${dir}`);
    await generateSet({ out: dir, count, seed, kinds: KINDS, onImage: (i, f) => log(`  [${i + 1}/${count}] ${f}`) });
  }
  return { dir, items: readTruth(dir).map((truth) => ({ path: join(dir, truth.file), truth })), cached };
}

/** The face-api demo photos with the committed annotations (tests/fixtures/faces/annotations.json). */
export function facePhotos(): FacePhoto[] {
  const spec = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/faces/annotations.json'), 'utf8')) as {
    source: string;
    images: Array<{ file: string; faces: Box[] }>;
  };
  return spec.images.map((i) => ({ path: join(ROOT, spec.source, i.file), file: i.file, faces: i.faces }));
}
