// Dev: prints every line's readings (tesseract and neural) for the given images.
import { readFileSync } from 'node:fs';
import { decodeImage } from '../../lib/engine/decode/decode-image';
import { createNodeRuntime } from '../../lib/engine/runtime/node';
import { findText } from '../../lib/engine/text/find-text';
const rt = createNodeRuntime();
for (const file of process.argv.slice(2)) {
  const { image } = await decodeImage(new Uint8Array(readFileSync(file)), rt.decode);
  const timings: Record<string, number> = {};
  const lines = await findText(image, { detector: rt.textDetector, ocr: rt.ocr, classifier: rt.lineClassifier!, recogniser: rt.lineRecogniser! }, { timings });
  console.log(file, JSON.stringify(Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)]))));
  for (const l of lines) console.log('  ', JSON.stringify(l.box), (l.readings ?? []).map((r) => `${r.reader[0]}:${Math.round(r.confidence)} ${JSON.stringify(r.text)}`).join('  |  '));
}
await rt.dispose();
