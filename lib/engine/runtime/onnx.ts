/**
 * The only module that imports onnxruntime-web. CPU/WASM build only; no URLs are fetched except
 * the WASM binary that the bundler (Vite) or Node resolves next to ORT's own module.
 */
import * as ort from 'onnxruntime-web/wasm';
import { createLock } from '../../async/lock';
import type { FaceModel } from '../faces/anchors';
import type { FaceModelRunner } from '../faces/detect';

/** Output tensors of one run, by output name. */
export type OnnxOutputs = Record<string, { data: Float32Array; dims: readonly number[] }>;

/** A loaded model. Runs are serialised across all sessions (ORT-web cannot run concurrently). */
export interface OnnxSession {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  run(feeds: Record<string, { data: Float32Array; dims: readonly number[] }>): Promise<OnnxOutputs>;
  release(): Promise<void>;
}

/** Model runs and milliseconds inside ORT, by the model's first output name; for benchmarks. */
const runStats: Record<string, { runs: number; ms: number }> = {};

/** A copy of the run counts and times so far, by first output name (classificators, sigmoid_0.tmp_0, …). */
export function onnxRunStats(): Record<string, { runs: number; ms: number }> {
  return structuredClone(runStats);
}

/** Every session create, run and release, one after another. */
const serialised = createLock();

/** Where ORT finds its WASM and how many threads it may use; set once, before the first session. */
export interface OnnxSettings {
  /** Intra-op threads. Default: {@link chooseThreadCount}. More than 1 needs SharedArrayBuffer (cross-origin isolation). */
  numThreads?: number;
  /**
   * ORT's own glue module and binary, side by side (the extension's /ort/ folder). Needed for threads:
   * emscripten starts each thread as a module worker from the glue's own URL, which inside a bundle
   * would be the app chunk (docs/design-notes.md, Engine in the extension §2). Default: the binary next to ORT's bundle.
   */
  wasmPaths?: { mjs: string; wasm: string };
}

/**
 * Threads need SharedArrayBuffer (cross-origin isolation) and spare cores: ORT's own default,
 * min(4, ceil(cores / 2)), but 1 on two cores or fewer, where OCR workers and the page need the
 * other core (`npm run bench` measured 2 threads 1.3–1.8× slower than 1 on a loaded 2-core box).
 */
export function chooseThreadCount(
  g: { crossOriginIsolated?: boolean; navigator?: { hardwareConcurrency?: number } } = globalThis,
  cap = 4,
): number {
  const cores = g.navigator?.hardwareConcurrency ?? 1;
  return g.crossOriginIsolated === true && cores > 2 ? Math.min(cap, Math.ceil(cores / 2)) : 1;
}

let settings: OnnxSettings = {};
let configured = false;

/** Sets threads and WASM paths for every later session; fails once a session exists (ORT reads them at start). */
export function configureOnnx(next: OnnxSettings): void {
  if (configured) throw new Error('onnxruntime is already started; configure it before the first model loads');
  settings = next;
}

function configure(): void {
  if (configured) return;
  ort.env.wasm.numThreads = settings.numThreads ?? chooseThreadCount();
  if (settings.wasmPaths) ort.env.wasm.wasmPaths = settings.wasmPaths;
  ort.env.wasm.proxy = false;
  ort.env.logLevel = 'error';
  configured = true;
}

/** The thread count ORT was started with (after the first session), for reports. */
export function onnxThreads(): number | undefined {
  return configured ? ort.env.wasm.numThreads : undefined;
}

/** Creates a session from model bytes (never from a URL). */
export async function createOnnxSession(model: Uint8Array): Promise<OnnxSession> {
  configure();
  const session = await serialised(() => ort.InferenceSession.create(model, {
      executionProviders: ['wasm'],
      graphOptimizationLevel: 'all',
      // Idle ORT threads would otherwise spin between runs, taking cores from OCR and the page.
      extra: { session: { intra_op: { allow_spinning: '0' } } },
    }));
  return {
    inputNames: session.inputNames,
    outputNames: session.outputNames,
    run: (feeds) =>
      serialised(async () => {
        const tensors: Record<string, ort.Tensor> = {};
        for (const [name, { data, dims }] of Object.entries(feeds)) tensors[name] = new ort.Tensor('float32', data, dims);
        const started = performance.now();
        const result = await session.run(tensors);
        const stat = (runStats[session.outputNames[0] ?? '?'] ??= { runs: 0, ms: 0 });
        stat.runs++;
        stat.ms += performance.now() - started;
        const out: OnnxOutputs = {};
        for (const [name, t] of Object.entries(result)) {
          if (!(t.data instanceof Float32Array)) throw new Error(`output ${name} is not float32`);
          out[name] = { data: t.data, dims: t.dims };
          t.dispose();
        }
        return out;
      }),
    release: () => serialised(() => session.release()),
  };
}

/** File names in models/ (committed, and copied into the extension's models/ folder) for each BlazeFace model. */
export const FACE_MODEL_FILES: Readonly<Record<FaceModel, string>> = {
  full: 'face_full_range.onnx',
  short: 'face_short_range.onnx',
};

/**
 * A {@link FaceModelRunner} backed by onnxruntime-web. Sessions are created lazily, once per model.
 * @param loadModel returns the ONNX bytes for a model; see {@link FACE_MODEL_FILES} for file names.
 */
export function createOnnxFaceRunner(loadModel: (name: FaceModel) => Promise<Uint8Array>): FaceModelRunner & { release(): Promise<void> } {
  const sessions = new Map<FaceModel, Promise<OnnxSession>>();
  const session = (model: FaceModel): Promise<OnnxSession> => {
    let s = sessions.get(model);
    if (!s) {
      s = loadModel(model).then(createOnnxSession);
      s.catch(() => sessions.delete(model));
      sessions.set(model, s);
    }
    return s;
  };
  return {
    async run(model, input, dims) {
      const s = await session(model);
      const out = await s.run({ [s.inputNames[0] ?? 'input']: { data: input, dims } });
      const scores = out.classificators?.data, boxes = out.regressors?.data;
      if (!scores || !boxes) throw new Error(`model ${model} lacks classificators/regressors outputs`);
      return { scores, boxes };
    },
    async release() {
      const all = [...sessions.values()];
      sessions.clear();
      await Promise.all(all.map(async (s) => (await s).release()));
    },
  };
}
