// Dev: one text pass per eval image with both readers, then the identifier rules on tesseract's
// reading, the neural reading, and both; prints identifiable recall, false alarms and recall per type.
// Usage: tsx scripts/dev/readers-compare.mts [seed=7] [count=60]
import { readFileSync, writeFileSync } from 'node:fs';
import { decodeImage } from '../../lib/engine/decode/decode-image';
import { findIdentifiers } from '../../lib/engine/identifiers';
import { identifiersFromReadings } from '../../lib/engine/readings';
import { createNodeRuntime } from '../../lib/engine/runtime/node';
import { findText } from '../../lib/engine/text/find-text';
import type { TextLine } from '../../lib/engine/text/types';
import { KINDS } from '../../tests/fixtures/generator/truth';
import { corpusForSeed } from '../eval-lib/corpus';
import { identifierFound } from '../eval-lib/match';

const [seed = 7, count = 60] = process.argv.slice(2).map(Number);
const { items } = await corpusForSeed(seed, count, KINDS, (s: string) => process.stderr.write(`${s}\n`));
const rt = createNodeRuntime();
const combos = {
  tesseract: (lines: TextLine[]) => findIdentifiers(lines.map((l) => pick(l, 'tesseract')), {}),
  neural: (lines: TextLine[]) => findIdentifiers(lines.map((l) => pick(l, 'neural')), {}),
  both: (lines: TextLine[]) => identifiersFromReadings(lines, {}),
};
function pick(l: TextLine, reader: 'tesseract' | 'neural') {
  const r = l.readings?.find((x) => x.reader === reader);
  return r ? { box: l.box, text: r.text, words: r.words } : l;
}
type Tally = { idHit: number; idN: number; cleanFa: number; cleanN: number; types: Record<string, [number, number]> };
const tallies: Record<string, Tally> = {};
for (const k of Object.keys(combos)) tallies[k] = { idHit: 0, idN: 0, cleanFa: 0, cleanN: 0, types: {} };
const dump: unknown[] = [];
for (const [n, item] of items.entries()) {
  const { image } = await decodeImage(new Uint8Array(readFileSync(item.path)), rt.decode);
  const t = performance.now();
  const lines = await findText(image, { detector: rt.textDetector, ocr: rt.ocr, classifier: rt.lineClassifier!, recogniser: rt.lineRecogniser! }, { readers: 'both' });
  process.stderr.write(`[${n + 1}/${items.length}] ${item.truth.file} ${Math.round(performance.now() - t)} ms\n`);
  dump.push({ file: item.truth.file, lines: lines.map((l) => ({ box: l.box, readings: l.readings?.map((r) => [r.reader, r.text, Math.round(r.confidence)]) })) });
  for (const [name, run] of Object.entries(combos)) {
    const found = run(lines);
    const tally = tallies[name]!;
    if (item.truth.identifiable) {
      tally.idN++;
      if (found.length > 0) tally.idHit++;
    } else {
      tally.cleanN++;
      if (found.length > 0) tally.cleanFa++;
    }
    for (const id of item.truth.identifiers) {
      const slot = (tally.types[id.type] ??= [0, 0]);
      slot[1]++;
      if (identifierFound(id, found)) slot[0]++;
    }
  }
}
await rt.dispose();
writeFileSync('tmp/readers-compare.json', JSON.stringify({ tallies, dump }, null, 1));
for (const [name, t] of Object.entries(tallies)) {
  const types = Object.entries(t.types).sort().map(([k, [h, n]]) => `${k} ${h}/${n}`).join(', ');
  console.log(`${name}: identifiable ${t.idHit}/${t.idN}, false alarms ${t.cleanFa}/${t.cleanN}; ${types}`);
}
