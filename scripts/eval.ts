/**
 * Accuracy evaluation: Consent Guard against native Tesseract + the same identifier rules and OpenCV's
 * Haar face detector, on the same images, reported for the untuned (held-out) part and the tuned part.
 *   npx tsx scripts/eval.ts [--parts untuned,tuned] [--count 80] [--kinds wristband,specimen-pot]
 *                           [--only synthetic|faces] [--from eval-results/latest.json] [--rules-only]
 * Prints tables, writes eval-results/latest.json (git-ignored) and docs/eval-latest.md.
 * `--from` re-summarises a saved run without running anything; `--rules-only` re-runs only the
 * identifier rules on a saved run's OCR lines (seconds, for iterating on rules). Generated images and
 * tesseract's readings are cached under tests/.generated/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CheckOptions } from '../lib/engine/check';
import { createNodeRuntime } from '../lib/engine/runtime/node';
import { KINDS, type Kind } from '../tests/fixtures/generator/truth';
import { cachedHaarFaces } from './baselines/haar';
import { boxesOf, facePhotos, PART_SEEDS, PARTS, ROOT, syntheticCorpus, type SyntheticItem } from './eval-lib/corpus';
import { evaluateSynthetic, runEngine } from './eval-lib/engine-run';
import { markdownSections, printSections } from './eval-lib/output';
import type { FaceRecord, Part, SyntheticRecord } from './eval-lib/records';
import { replayRules } from './eval-lib/replay';
import { summarisePart } from './eval-lib/summary';

const log = (s: string) => process.stderr.write(`${s}\n`);

interface Options {
  parts: Part[];
  count: number;
  kinds: Kind[];
  only?: 'synthetic' | 'faces';
  /** Engine options other than the defaults (--engine '{"textOptions":{…}}'), for comparing variants. */
  engine?: CheckOptions;
}

interface SavedRun {
  environment: ReturnType<typeof environment> & { seconds: number };
  synthetic: SyntheticRecord[];
  faces: FaceRecord[];
}

/** Facts about the run that anyone reproducing it needs. */
function environment(o: Options) {
  const sh = (cmd: string, args: string[]) => {
    try {
      return execFileSync(cmd, args, { encoding: 'utf8', cwd: ROOT }).split('\n')[0]?.trim() ?? '';
    } catch {
      return 'unknown';
    }
  };
  return {
    date: new Date().toISOString(), commit: sh('git', ['rev-parse', '--short', 'HEAD']), parts: o.parts, count: o.count, kinds: o.kinds, ...(o.engine && { engine: o.engine }),
    seeds: Object.fromEntries(o.parts.map((p) => [p, PART_SEEDS[p]])),
    node: process.version, cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`, loadAverage: loadavg().map((v) => v.toFixed(1)).join(' '),
    tesseract: sh('tesseract', ['--version']), opencv: sh('/usr/bin/python3', ['-c', 'import cv2; print(cv2.__version__)']),
  };
}

async function corpus(o: Options): Promise<SyntheticItem[]> {
  if (o.only === 'faces') return [];
  const items: SyntheticItem[] = [];
  for (const part of o.parts) {
    const { dir, items: partItems, cached } = await syntheticCorpus(part, o.count, o.kinds, log);
    log(`${cached ? 'reusing' : 'generated'} ${partItems.length} synthetic images (${part}) in ${dir}`);
    items.push(...partItems);
  }
  return items;
}

async function run(o: Options): Promise<SavedRun> {
  const env = environment(o);
  const items = await corpus(o);
  const photos = o.only === 'synthetic' ? [] : (await facePhotos()).filter((p) => o.parts.includes(p.part));
  log('Haar baseline over every image…');
  const haar = await cachedHaarFaces([...items.map((i) => i.path), ...photos.map((p) => p.path)], join(ROOT, 'tests/.generated/eval/haar-cache.json'));
  const runtime = createNodeRuntime();
  const started = Date.now();
  const synthetic: SyntheticRecord[] = [];
  const faces: FaceRecord[] = [];
  const total = items.length + photos.length;
  try {
    for (const [n, item] of items.entries()) {
      const rec = await evaluateSynthetic(item, runtime, join(item.path, '..', 'redacted'), haar.get(item.path)?.faces.length ?? 0, o.engine);
      synthetic.push(rec);
      log(`[${n + 1}/${total}] ${item.part} ${rec.file}: ${rec.verdict} in ${rec.engineMs} ms (${((Date.now() - started) / 1000).toFixed(0)} s so far)`);
    }
    for (const [n, photo] of photos.entries()) {
      const { report, ms } = await runEngine(photo.path, runtime, undefined, o.engine);
      const h = haar.get(photo.path);
      faces.push({
        part: photo.part, file: photo.file, tags: photo.tags, truth: boxesOf(photo.faces), truthTags: photo.faces.map((f) => f.tags),
        engine: report.faces.map((f) => f.box), engineMs: Math.round(ms), haar: h?.faces ?? [], haarMs: h?.ms ?? Number.NaN,
      });
      log(`[${items.length + n + 1}/${total}] ${photo.part} ${photo.file}: ${report.faces.length} faces in ${Math.round(ms)} ms`);
    }
  } finally {
    await runtime.dispose();
  }
  return { environment: { ...env, seconds: Math.round((Date.now() - started) / 1000) }, synthetic, faces };
}

/** A saved run with the rules re-run on its OCR lines. */
async function rulesOnly(saved: SavedRun): Promise<SavedRun> {
  const o: Options = { parts: saved.environment.parts, count: saved.environment.count, kinds: saved.environment.kinds };
  const items = new Map((await corpus({ ...o, only: 'synthetic' })).map((i) => [`${i.part}/${i.truth.file}`, i]));
  const synthetic = saved.synthetic.map((r) => {
    const item = items.get(`${r.part}/${r.file}`);
    return item ? replayRules(r, item) : r;
  });
  return { ...saved, synthetic, environment: { ...saved.environment, commit: `${environment(o).commit} (rules re-run on the OCR lines of a run at ${saved.environment.commit})` } };
}

function parseOptions() {
  const { values } = parseArgs({
    options: {
      parts: { type: 'string', default: PARTS.join(',') }, count: { type: 'string', default: '80' }, kinds: { type: 'string' },
      only: { type: 'string' }, from: { type: 'string' }, 'rules-only': { type: 'boolean', default: false }, engine: { type: 'string' },
    },
  });
  const parts = (values.parts ?? '').split(',').map((p) => p.trim()) as Part[];
  for (const p of parts) if (!PARTS.includes(p)) throw new Error(`unknown part "${p}"; known: ${PARTS.join(', ')}`);
  const kinds = (values.kinds ? values.kinds.split(',').map((k) => k.trim()) : [...KINDS]) as Kind[];
  for (const k of kinds) if (!(KINDS as readonly string[]).includes(k)) throw new Error(`unknown kind "${k}"; known: ${KINDS.join(', ')}`);
  if (values.only && values.only !== 'synthetic' && values.only !== 'faces') throw new Error('--only takes synthetic or faces');
  const engine = values.engine ? (JSON.parse(values.engine) as CheckOptions) : undefined;
  const options: Options = { parts, count: Number(values.count), kinds, ...(values.only && { only: values.only as 'synthetic' | 'faces' }), ...(engine && { engine }) };
  return { options, from: values.from, rulesOnly: values['rules-only'] ?? false };
}

async function main(): Promise<void> {
  const { options, from, rulesOnly: replay } = parseOptions();
  const savedPath = from ?? join(ROOT, 'eval-results/latest.json');
  let raw: SavedRun;
  if (replay) raw = await rulesOnly(JSON.parse(readFileSync(savedPath, 'utf8')) as SavedRun);
  else if (from) raw = JSON.parse(readFileSync(from, 'utf8')) as SavedRun;
  else raw = await run(options);
  const parts = PARTS.filter((p) => raw.synthetic.some((r) => r.part === p) || raw.faces.some((f) => f.part === p));
  const summaries = parts.map((p) => summarisePart(p, raw.synthetic.filter((r) => r.part === p), raw.faces.filter((f) => f.part === p)));
  const sections = summaries.map((s) => ({
    title: s.part === 'untuned' ? `Untuned part (held out, seed ${PART_SEEDS.untuned}; never tuned on)` : `Tuned part (seed ${PART_SEEDS.tuned}; looked at while developing)`,
    targets: s.targets, tables: s.tables, missed: s.missed,
  }));
  printSections(sections);
  mkdirSync(join(ROOT, 'eval-results'), { recursive: true });
  writeFileSync(join(ROOT, 'eval-results/latest.json'), `${JSON.stringify({ ...raw, numbers: Object.fromEntries(summaries.map((s) => [s.part, s.numbers])) }, null, 1)}\n`);
  const e = raw.environment;
  const preamble = [
    `Generated by \`npm run eval\` (\`tsx scripts/eval.ts --parts ${e.parts.join(',')} --count ${e.count}${e.kinds.length === KINDS.length ? '' : ` --kinds ${e.kinds.join(',')}`}${e.engine ? ` --engine '${JSON.stringify(e.engine)}'` : ''}\`) at commit ${e.commit} on ${e.date.slice(0, 10)}.`,
    `Corpus: per part, ${e.count} synthetic images (pairs: identifiable and its clean counterpart, scene kinds rotating: ${e.kinds.join(', ')}) from tests/fixtures/generator, plus real photos with hand-drawn face boxes and photos derived from them (tests/fixtures/faces/annotations.json, which records each photo's source and licence). The untuned part (generator seed ${PART_SEEDS.untuned}, and the photos marked "untuned") was fixed before any result on it was seen and is never tuned on; the tuned part (seed ${PART_SEEDS.tuned}, the face-api demo photos) is what development looked at.`,
    `Machine: ${e.cpus}, load average at start ${e.loadAverage} (shared with other jobs: times are pessimistic). ${e.node}, ${e.tesseract}, OpenCV ${e.opencv}. Run took ${e.seconds} s.`,
    'Rules: an image is identifiable when the verdict is "identifiable". An identifier is found when a finding of a compatible type (e.g. date for date-of-birth) overlaps its truth box; "redacted" when the default redaction fills ≥ 99 % of the box. A leak is an identifier (≥ 4 letters/digits after normalising) that `tesseract --psm 11` reads on the redacted copy. "Rules on drawn text" runs the identifier rules on the lines exactly as the generator drew them (no OCR): what the rules alone can do. Synthetic truth has no faces, so any face on a clean image is a false alarm. "Still missed" gives, for each missed identifier, what Consent Guard\'s OCR read over it.',
  ];
  writeFileSync(join(ROOT, 'docs/eval-latest.md'), markdownSections('Evaluation: latest run', preamble, sections));
  log('\nwrote eval-results/latest.json and docs/eval-latest.md');
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
