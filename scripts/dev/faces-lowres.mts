// Dev: face recall on the tuned face-api demo photos resized down whole (low-resolution photos with
// faces of about 15–35 px), for option variants. Usage: tsx scripts/dev/faces-lowres.mts [widths=200,260,320]
import sharp from 'sharp';
import { decodeImage } from '../../lib/engine/decode/decode-image';
import { detectFaces, type FaceDetectionOptions } from '../../lib/engine/faces';
import { createNodeRuntime } from '../../lib/engine/runtime/node';
import type { Box } from '../../lib/engine/report';
import { readFaceAnnotations } from '../eval-lib/corpus';
import { matchFaces } from '../eval-lib/match';

const widths = (process.argv[2] ?? '200,260,320').split(',').map(Number);
const spec = readFaceAnnotations();
const rt = createNodeRuntime();
const variants: [string, FaceDetectionOptions][] = [
  ['off', { minSmallImageFaceSize: Infinity }],
  ['16', { minSmallImageFaceSize: 16 }],
  ['12', { minSmallImageFaceSize: 12 }],
];
const tally = variants.map(() => ({ found: 0, n: 0, fp: 0 }));
for (const img of spec.images.filter((i) => i.part === 'tuned')) {
  const path = `${spec.sources[img.source]!.dir}/${img.file}`;
  for (const w of widths) {
    const meta = await sharp(path).metadata();
    const s = w / meta.width!;
    const bytes = await sharp(path).resize(w).jpeg({ quality: 85 }).toBuffer();
    const { image } = await decodeImage(new Uint8Array(bytes), rt.decode);
    const truth = img.faces.map((f) => f.box.map((v) => v * s) as Box);
    const row: string[] = [];
    for (const [k, [name, o]] of variants.entries()) {
      const found = await detectFaces(image, rt.faces, o);
      const m = matchFaces(found.map((f) => f.box), truth);
      tally[k]!.found += m.found; tally[k]!.n += truth.length; tally[k]!.fp += m.falseFaces;
      row.push(`${name}: ${m.found}/${truth.length} +${m.falseFaces}`);
    }
    console.log(`${img.file} ${image.width}×${image.height} faces ~${Math.round(Math.min(...truth.map((b) => b[2])))}px | ${row.join(' | ')}`);
  }
}
console.log(variants.map(([n], k) => `${n}: ${tally[k]!.found}/${tally[k]!.n} false ${tally[k]!.fp}`).join(' | '));
await rt.dispose();
