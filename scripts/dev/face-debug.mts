// Dev: which BlazeFace run produces each raw detection, with keypoints, for one image.
import { readFileSync } from 'node:fs';
import { createNodeRuntime } from '../../lib/engine/runtime/node';
import { decodeImage } from '../../lib/engine/decode/decode-image';
import { planFaceRuns } from '../../lib/engine/faces/tiling';
import { FACE_MODEL_SPECS } from '../../lib/engine/faces/anchors';
import { letterboxFor, letterboxTensor, toImageSpace } from '../../lib/engine/faces/letterbox';
import { decodeDetections } from '../../lib/engine/faces/decode';
import { resolveFaceOptions } from '../../lib/engine/faces/options';
const rt = createNodeRuntime();
for (const file of process.argv.slice(2)) {
  const { image } = await decodeImage(new Uint8Array(readFileSync(file)), rt.decode);
  const o = resolveFaceOptions();
  for (const run of planFaceRuns(image.width, image.height, o)) {
    const size = FACE_MODEL_SPECS[run.model].inputSize;
    const lb = letterboxFor(run.rect, size);
    const { scores, boxes } = await rt.faces.run(run.model, letterboxTensor(image, lb), [1, 3, size, size]);
    for (const d of decodeDetections(run.model, scores, boxes, 0.45)) {
      const m = toImageSpace(d, lb);
      const w = m.x1 - m.x0;
      const kp = m.keypoints.map((v, i) => (i % 2 ? (v - m.y0) / w : (v - m.x0) / w).toFixed(2));
      console.log(file.split('/').pop(), run.model, JSON.stringify(run.rect), m.score.toFixed(2), [m.x0, m.y0, w].map(Math.round), kp.join(' '));
    }
  }
}
await rt.dispose();
