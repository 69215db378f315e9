/** The benchmark's four images, made by the fixture generator and cached under tests/.generated/bench/. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateImage, type ImageSpec } from '../../tests/fixtures/generator/index';
import { ROOT } from './corpus';

/** One benchmark image. */
export interface BenchImage {
  label: string;
  path: string;
  width: number;
  height: number;
  bytes: number;
}

const JPEG = (quality: number) => ({ ext: 'jpg', quality }) as const;

/** Label and generator spec per image; the seed fixes the content. */
export const BENCH_SPECS: ReadonlyArray<{ label: string; spec: ImageSpec }> = [
  { label: 'endoscopy 1280×1024', spec: { name: 'endoscopy-1280x1024', kind: 'endoscopy', seed: 11, clean: false, size: [1280, 1024], encode: JPEG(90) } },
  { label: 'endoscopy 1920×1080', spec: { name: 'endoscopy-1920x1080', kind: 'endoscopy', seed: 12, clean: false, size: [1920, 1080], encode: JPEG(90) } },
  { label: 'phone photo 4000×3000 (12 MP)', spec: { name: 'clinical-4000x3000', kind: 'clinical-photo', seed: 13, clean: false, size: [4000, 3000], encode: JPEG(88) } },
  { label: 'monitor photo 4032×3024 JPEG', spec: { name: 'monitor-4032x3024', kind: 'monitor-photo', seed: 14, clean: false, size: [4032, 3024], encode: JPEG(85) } },
];

/** Generates any missing benchmark image and returns all four. */
export async function benchImages(log: (s: string) => void): Promise<BenchImage[]> {
  const dir = join(ROOT, 'tests/.generated/bench');
  mkdirSync(dir, { recursive: true });
  const out: BenchImage[] = [];
  for (const { label, spec } of BENCH_SPECS) {
    const path = join(dir, `${spec.name}.jpg`);
    let bytes: number;
    if (!existsSync(path)) {
      log(`generating ${label}`);
      const img = await generateImage(spec);
      writeFileSync(path, img.bytes);
      bytes = img.bytes.length;
    } else bytes = (await import('node:fs')).statSync(path).size;
    const [width, height] = spec.size ?? [0, 0];
    out.push({ label, path, width, height, bytes });
  }
  return out;
}
