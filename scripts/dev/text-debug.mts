// Dev: dumps the PP-OCRv4 det probability map (tmp/<name>-det.png) and the boxes findText returns for images.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import sharp from 'sharp';
import { createNodeRuntime } from '../../lib/engine/runtime/node';
import { decodeImage } from '../../lib/engine/decode/decode-image';
import { prepareDetInput } from '../../lib/engine/text/det-preprocess';
import { findText } from '../../lib/engine/text/find-text';
const rt = createNodeRuntime();
mkdirSync('tmp', { recursive: true });
for (const file of process.argv.slice(2)) {
  const { image } = await decodeImage(new Uint8Array(readFileSync(file)), rt.decode);
  const input = prepareDetInput(image, 1280);
  const prob = await rt.textDetector.detect(input.data, input.width, input.height);
  const grey = Buffer.alloc(prob.length);
  for (let i = 0; i < prob.length; i++) grey[i] = Math.round(prob[i]! * 255);
  const name = file.split('/').pop()!.replace(/\.\w+$/, '');
  await sharp(grey, { raw: { width: input.width, height: input.height, channels: 1 } }).png().toFile(`tmp/${name}-det.png`);
  const timings: Record<string, number> = {};
  const lines = await findText(image, { detector: rt.textDetector, ocr: rt.ocr }, { timings });
  for (const l of lines) console.log(name, JSON.stringify(l.box), (l as { quad?: number[] }).quad ? JSON.stringify((l as { quad?: number[] }).quad!.map(Math.round)) : '', JSON.stringify(l.text), Math.round(l.confidence ?? -1));
  console.log(name, JSON.stringify(timings));
}
await rt.dispose();
