/**
 * The evaluation corpus, in two parts: 'tuned' (what development may look at and tune on) and
 * 'untuned' (held out: only ever reported). Synthetic pairs come from the fixture generator, one seed
 * per part, cached under tests/.generated/eval/; face photos come from tests/fixtures/faces, where each
 * photo names its part, plus photos derived from them (tests/.generated/faces/).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateSet } from '../../tests/fixtures/generator/generate';
import { KINDS, type Kind, type Truth } from '../../tests/fixtures/generator/truth';
import type { Box } from '../../lib/engine/report';
import { deriveFacePhoto, type DeriveOp, type TaggedFace } from './face-derive';
import type { Part } from './records';

/** Repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The generator seed of each part. 7 is the seed every earlier evaluation ran (and was tuned) on;
 * 20261201 was fixed before any result on it was seen and is never tuned on.
 */
export const PART_SEEDS: Readonly<Record<Part, number>> = { untuned: 20261201, tuned: 7 };

/** Reported first: the numbers that count. */
export const PARTS: readonly Part[] = ['untuned', 'tuned'];

/** One synthetic image: where it is and its truth. */
export interface SyntheticItem {
  part: Part;
  path: string;
  truth: Truth;
}

/** One annotated real (or derived) photo. */
export interface FacePhoto {
  part: Part;
  path: string;
  file: string;
  tags: string[];
  faces: TaggedFace[];
}

function readTruth(dir: string): Truth[] {
  return readFileSync(join(dir, 'truth.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Truth);
}

/**
 * Returns the synthetic set of one part, generating it only when the cache folder lacks a complete
 * truth.jsonl or any image. `kinds` (default: all) picks a subset while iterating.
 */
export async function syntheticCorpus(part: Part, count: number, kinds: readonly Kind[], log: (s: string) => void): Promise<{ dir: string; items: SyntheticItem[]; cached: boolean }> {
  return corpusForSeed(PART_SEEDS[part], count, kinds, log);
}

/**
 * The synthetic set for any generator seed (dev scripts); items of the untuned part's seed are marked
 * untuned, all others tuned.
 */
export async function corpusForSeed(seed: number, count: number, kinds: readonly Kind[], log: (s: string) => void): Promise<{ dir: string; items: SyntheticItem[]; cached: boolean }> {
  const part: Part = seed === PART_SEEDS.untuned ? 'untuned' : 'tuned';
  const subset = kinds.length === KINDS.length ? '' : `-${kinds.join('+')}`;
  const dir = join(ROOT, 'tests/.generated/eval', `seed-${seed}-n${count}${subset}`);
  const complete = () => existsSync(join(dir, 'truth.jsonl')) && readTruth(dir).length === count && readTruth(dir).every((t) => existsSync(join(dir, t.file)) && Array.isArray(t.lines));
  const cached = complete();
  if (!cached) {
    log(`generating ${count} synthetic images (${part}, seed ${seed}) into ${dir}`);
    await generateSet({ out: dir, count, seed, kinds, onImage: (i, f) => log(`  [${i + 1}/${count}] ${f}`) });
  }
  return { dir, items: readTruth(dir).map((truth) => ({ part, path: join(dir, truth.file), truth })), cached };
}

interface AnnotatedImage {
  file: string;
  source: string;
  part: Part;
  tags: string[];
  faces: TaggedFace[];
}

/** The committed face annotations (tests/fixtures/faces/annotations.json). */
export interface FaceAnnotations {
  sources: Record<string, { dir: string; package: string; licence: string }>;
  images: AnnotatedImage[];
  derived: Array<{ file: string; from: string; op: DeriveOp }>;
}

/** Reads the annotations file. */
export function readFaceAnnotations(): FaceAnnotations {
  return JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/faces/annotations.json'), 'utf8')) as FaceAnnotations;
}

/** A face smaller than this (shorter side, px) is tagged "small". */
const SMALL_FACE = 40;

function withSizeTags(faces: readonly TaggedFace[]): TaggedFace[] {
  return faces.map((f) => ({ box: f.box, tags: Math.min(f.box[2], f.box[3]) < SMALL_FACE && !f.tags.includes('small') ? [...f.tags, 'small'] : f.tags }));
}

/** The annotated photos and the derived ones (written to tests/.generated/faces/ when missing). */
export async function facePhotos(): Promise<FacePhoto[]> {
  const spec = readFaceAnnotations();
  const pathOf = (i: AnnotatedImage): string => join(ROOT, spec.sources[i.source]?.dir ?? '.', i.file);
  const originals: FacePhoto[] = spec.images.map((i) => ({ part: i.part, path: pathOf(i), file: i.file, tags: i.tags, faces: withSizeTags(i.faces) }));
  const outDir = join(ROOT, 'tests/.generated/faces');
  mkdirSync(outDir, { recursive: true });
  const derived: FacePhoto[] = [];
  for (const d of spec.derived) {
    const from = spec.images.find((i) => i.file === d.from);
    if (!from) throw new Error(`annotations.json: derived ${d.file} comes from unknown ${d.from}`);
    const path = join(outDir, d.file);
    const made = await deriveFacePhoto(pathOf(from), from.faces, d.op);
    if (!existsSync(path)) writeFileSync(path, made.bytes);
    derived.push({ part: from.part, path, file: d.file, tags: [...from.tags, 'derived'], faces: withSizeTags(made.faces) });
  }
  return [...originals, ...derived];
}

/** Boxes only, for matching. */
export const boxesOf = (faces: readonly TaggedFace[]): Box[] => faces.map((f) => f.box);
