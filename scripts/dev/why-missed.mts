// Dev: for generated images (a folder with truth.jsonl), prints each truth identifier, whether the
// engine found it, and every detected line over it with both readings. Also draws the detected quads
// into tmp/why/<name>.png. Usage: tsx scripts/dev/why-missed.mts DIR [name-filter]
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { decodeImage } from '../../lib/engine/decode/decode-image';
import { identifiersFromReadings } from '../../lib/engine/readings';
import { createNodeRuntime } from '../../lib/engine/runtime/node';
import { findText } from '../../lib/engine/text/find-text';
import type { Truth } from '../../tests/fixtures/generator/truth';
import { overlaps } from '../eval-lib/geometry';
import { identifierFound } from '../eval-lib/match';
import { EVAL_NOW } from '../eval-lib/engine-run';

const [dir = '.', filter = '-id'] = process.argv.slice(2);
const truths = readFileSync(join(dir, 'truth.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Truth).filter((t) => t.file.includes(filter));
const rt = createNodeRuntime();
mkdirSync('tmp/why', { recursive: true });
let hit = 0, n = 0;
for (const t of truths) {
  const bytes = new Uint8Array(readFileSync(join(dir, t.file)));
  const { image } = await decodeImage(bytes, rt.decode);
  const timings: Record<string, number> = {};
  const lines = await findText(image, { detector: rt.textDetector, ocr: rt.ocr, classifier: rt.lineClassifier!, recogniser: rt.lineRecogniser! }, { timings });
  const ids = identifiersFromReadings(lines, { hospitalNumberPatterns: [], now: EVAL_NOW });
  console.log(`\n== ${t.file} ${t.variant ?? ''} ${JSON.stringify(Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])))}`);
  for (const l of lines) console.log('   line', JSON.stringify(l.box), (l.readings ?? []).map((r) => `${r.reader[0]}:${Math.round(r.confidence)} ${JSON.stringify(r.text)}`).join(' | '));
  console.log('   found:', ids.map((f) => `${f.type}:${f.text}`).join('; '));
  for (const id of t.identifiers) {
    n++;
    const ok = identifierFound(id, ids);
    if (ok) hit++;
    const over = lines.filter((l) => overlaps(l.box, id.box)).length;
    console.log(`   ${ok ? 'OK  ' : 'MISS'} ${id.type} ${JSON.stringify(id.text)} box ${JSON.stringify(id.box.map(Math.round))} lines over it: ${over}`);
  }
  const svg = `<svg width="${image.width}" height="${image.height}" xmlns="http://www.w3.org/2000/svg">${lines
    .map((l) => `<polygon points="${(l.quad ?? [l.box[0], l.box[1], l.box[0] + l.box[2], l.box[1], l.box[0] + l.box[2], l.box[1] + l.box[3], l.box[0], l.box[1] + l.box[3]]).join(',')}" fill="none" stroke="red" stroke-width="2"/>`)
    .join('')}${t.identifiers.map((id) => `<rect x="${id.box[0]}" y="${id.box[1]}" width="${id.box[2]}" height="${id.box[3]}" fill="none" stroke="lime" stroke-width="1"/>`).join('')}</svg>`;
  await sharp(bytes).rotate().composite([{ input: Buffer.from(svg) }]).png().toFile(`tmp/why/${t.file.replace(/\.\w+$/, '')}.png`);
}
console.log(`\nidentifiers found ${hit}/${n}`);
await rt.dispose();
