import { createWorker, PSM, type Block, type Worker } from 'tesseract.js';
import { createLock } from '../../async/lock';
import type { RgbaImage } from '../image';
import type { Box } from '../report';
import { encodeGreyPng } from '../text/png';
import type { OcrResult, OcrRunner } from '../text/types';

/**
 * Where tesseract.js finds its files. No browser APIs here: the caller resolves them.
 * - Extension: `workerPath: getURL('/tesseract/worker.min.js')`, `corePath: getURL('/tesseract')`
 *   (a directory, so the best SIMD core is picked), `langPath: getURL('/tesseract')`.
 * - Node: only `langPath`, the directory `node_modules/@tesseract.js-data/eng/4.0.0_best_int`.
 */
export interface TesseractPaths {
  /** Directory holding `eng.traineddata.gz`. */
  langPath: string;
  workerPath?: string;
  /** A directory, not a single core file. */
  corePath?: string;
  /** Default false: the extension CSP forbids blob: workers. */
  workerBlobURL?: boolean;
}

/** A warm tesseract worker behind the {@link OcrRunner} interface. */
export interface TesseractOcr extends OcrRunner {
  readSparse(img: RgbaImage): Promise<OcrResult>;
  terminate(): Promise<void>;
}

function words(blocks: Block[] | null): OcrResult['words'] {
  const out: OcrResult['words'] = [];
  for (const block of blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        for (const w of line.words) {
          const box: Box = [w.bbox.x0, w.bbox.y0, w.bbox.x1 - w.bbox.x0, w.bbox.y1 - w.bbox.y0];
          out.push({ text: w.text, box, confidence: w.confidence });
        }
      }
    }
  }
  return out;
}

/** How many tesseract workers read at once. */
export interface TesseractPoolOptions {
  /** Workers started side by side; each holds its own copy of the language model (≈ 40–60 MB). Default 1. */
  workers?: number;
}

/** One worker with its own queue and page segmentation mode. */
interface Lane {
  pending: number;
  run(img: RgbaImage, mode: PSM): Promise<OcrResult>;
  terminate(): Promise<void>;
}

async function startLane(paths: TesseractPaths): Promise<Lane> {
  const worker: Worker = await createWorker('eng', 1, {
    langPath: paths.langPath,
    ...(paths.workerPath !== undefined && { workerPath: paths.workerPath }),
    ...(paths.corePath !== undefined && { corePath: paths.corePath }),
    workerBlobURL: paths.workerBlobURL ?? false,
    cacheMethod: 'none',
    gzip: true,
  });
  let psm: PSM | undefined;
  const serialised = createLock();

  const recognise = async (img: RgbaImage, mode: PSM): Promise<OcrResult> => {
    if (psm !== mode) {
      // A fixed DPI stops tesseract guessing one from tiny crops.
      await worker.setParameters({ tessedit_pageseg_mode: mode, user_defined_dpi: '300' });
      psm = mode;
    }
    // Both the Node and browser loaders accept encoded bytes as a Uint8Array; the typings list only Buffer.
    const png = encodeGreyPng(img) as unknown as Parameters<Worker['recognize']>[0];
    const { data } = await worker.recognize(png, {}, { text: true, blocks: true });
    return { text: data.text, confidence: data.confidence, words: words(data.blocks) };
  };
  const lane: Lane = {
    pending: 0,
    run(img, mode) {
      lane.pending++;
      return serialised(() => recognise(img, mode)).finally(() => lane.pending--);
    },
    async terminate() {
      await serialised(async () => undefined);
      await worker.terminate();
    },
  };
  return lane;
}

/**
 * Starts English LSTM workers (`best_int` data, `cacheMethod: 'none'`, gzip)
 * and keeps them warm. Each call goes to the worker with the shortest queue, so
 * independent lines are read in parallel; calls on one worker are serialised.
 * The page segmentation mode is set per call: PSM 7 (single line) for
 * `readLine`, PSM 11 (sparse text) for `readSparse`.
 */
export async function createTesseractOcr(paths: TesseractPaths, pool: TesseractPoolOptions = {}): Promise<TesseractOcr> {
  const count = Math.max(1, Math.floor(pool.workers ?? 1));
  // One after another: two tesseract cores instantiating at once never finished in Firefox's background-page worker.
  const started: PromiseSettledResult<Lane>[] = [];
  for (let i = 0; i < count; i++) {
    started.push(await startLane(paths).then((value) => ({ status: 'fulfilled' as const, value }), (reason: unknown) => ({ status: 'rejected' as const, reason })));
  }
  const lanes = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failure = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) {
    await Promise.all(lanes.map((l) => l.terminate()));
    throw failure.reason;
  }
  const pick = (): Lane => lanes.reduce((best, l) => (l.pending < best.pending ? l : best));
  return {
    readLine: (img) => pick().run(img, PSM.SINGLE_LINE),
    readSparse: (img) => pick().run(img, PSM.SPARSE_TEXT),
    async terminate() {
      await Promise.all(lanes.map((l) => l.terminate()));
    },
  };
}
