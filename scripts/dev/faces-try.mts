// Dev: face recall and false faces on an annotations file (any worktree's), for option variants.
// Usage: tsx scripts/dev/faces-try.mts ANNOTATIONS.json ROOT
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeImage } from '../../lib/engine/decode/decode-image';
import { detectFaces, type FaceDetectionOptions } from '../../lib/engine/faces';
import { createNodeRuntime } from '../../lib/engine/runtime/node';
import { matchFaces } from '../eval-lib/match';
import type { Box } from '../../lib/engine/report';

const [annotations, root] = process.argv.slice(2) as [string, string];
const spec = JSON.parse(readFileSync(annotations, 'utf8')) as { sources: Record<string, { dir: string }>; images: { file: string; source: string; faces: ({ box: Box } | Box)[] }[] };
const rt = createNodeRuntime();
const variants: [string, FaceDetectionOptions][] = [
  ['default', {}],
  ['min14 tile300', { minFaceSize: 14, tileFromLongSide: 300 }],
  ['min16 tile300', { minFaceSize: 16, tileFromLongSide: 300 }],
  ['min14 tile300 s0.5', { minFaceSize: 14, tileFromLongSide: 300, minScore: 0.5 }],
];
for (const img of spec.images) {
  const path = join(root, spec.sources[img.source]!.dir, img.file);
  if (process.env.SMALL && img.file.startsWith('sample')) continue;
  let image;
  try {
    ({ image } = await decodeImage(new Uint8Array(readFileSync(path)), rt.decode));
  } catch {
    continue;
  }
  const truth = img.faces.map((f) => (Array.isArray(f) ? f : f.box));
  const row = [];
  for (const [name, o] of variants) {
    const t = performance.now();
    const found = await detectFaces(image, rt.faces, o);
    const m = matchFaces(found.map((f) => f.box), truth);
    row.push(`${name}: ${m.found}/${truth.length} +${m.falseFaces} ${Math.round(performance.now() - t)}ms`);
  }
  console.log(`${img.file} ${image.width}×${image.height} | ${row.join(' | ')}`);
}
await rt.dispose();
