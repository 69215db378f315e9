// Dev: faces found on the clean images of a cached eval corpus (false faces), with scores and sizes.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createNodeRuntime } from '../../lib/engine/runtime/node';
import { decodeImage } from '../../lib/engine/decode/decode-image';
import { detectFaces } from '../../lib/engine/faces';
const dir = process.argv[2]!;
const rt = createNodeRuntime();
let withFace = 0, total = 0;
for (const f of readdirSync(dir).filter((n) => /clean\.(png|jpg)$/.test(n))) {
  const { image } = await decodeImage(new Uint8Array(readFileSync(join(dir, f))), rt.decode);
  const faces = await detectFaces(image, rt.faces);
  total++; if (faces.length) withFace++;
  console.log(f, faces.map((x) => `${x.score.toFixed(2)}@${Math.round(x.box[2])}px`).join(' '));
}
console.log(`${withFace}/${total} clean images with a face`);
await rt.dispose();
