/**
 * Converts MediaPipe's BlazeFace TFLite models (Apache-2.0, from @mediapipe/face_detection) into
 * the ONNX files committed in models/. Offline and deterministic: the same input bytes always give
 * the same output bytes (no timestamps, fixed node order), so models/README.md pins the sha256 and
 * tests/integration/models.test.ts checks that a fresh run reproduces the committed files.
 * Not run at install or build time: rerun it only when the MediaPipe package or this converter changes.
 *
 * Usage: npm run models [-- outDir]   (default models/; needs the devDependencies protobufjs and tsx)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';
import { buildGraph, type Attr, type Initializer, type OnnxGraph } from './convert-blazeface.ops';
import { readTflite } from './convert-blazeface.tflite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Source TFLite file (in @mediapipe/face_detection) → ONNX file name in models/. */
export const BLAZEFACE_MODELS = [
  { source: 'face_detection_full_range.tflite', output: 'face_full_range.onnx' },
  { source: 'face_detection_short_range.tflite', output: 'face_short_range.onnx' },
] as const;

const FLOAT = 1;
const INT64 = 7;
const ATTR = { INT: 2, STRING: 3, INTS: 7 } as const;

function encodeInitializer(init: Initializer): object {
  let raw: Uint8Array;
  if ('floats' in init) {
    raw = new Uint8Array(init.floats.buffer.slice(init.floats.byteOffset, init.floats.byteOffset + init.floats.byteLength));
  } else {
    const view = new DataView(new ArrayBuffer(8 * init.int64s.length));
    init.int64s.forEach((v, i) => view.setBigInt64(8 * i, BigInt(v), true));
    raw = new Uint8Array(view.buffer);
  }
  return { name: init.name, dims: init.dims, dataType: 'floats' in init ? FLOAT : INT64, rawData: raw };
}

function encodeAttr(a: Attr): object {
  if ('ints' in a) return { name: a.name, type: ATTR.INTS, ints: a.ints };
  if ('i' in a) return { name: a.name, type: ATTR.INT, i: a.i };
  return { name: a.name, type: ATTR.STRING, s: new TextEncoder().encode(a.s) };
}

function valueInfo(name: string, dims: number[]): object {
  return { name, type: { tensorType: { elemType: FLOAT, shape: { dim: dims.map((d) => ({ dimValue: d })) } } } };
}

/** Serialises the graph as an ONNX ModelProto (IR 8, opset 13). */
export function encodeModel(graph: OnnxGraph, docString: string): Uint8Array {
  const schema = protobuf.loadSync(join(root, 'scripts/onnx-subset.proto'));
  const ModelProto = schema.lookupType('onnx.ModelProto');
  const message = ModelProto.fromObject({
    irVersion: 8,
    producerName: 'consent-guard convert-blazeface',
    producerVersion: '1',
    docString,
    opsetImport: [{ domain: '', version: 13 }],
    graph: {
      name: 'blazeface',
      node: graph.nodes.map((n, i) => ({
        name: `n${i}_${n.op}`, opType: n.op, input: n.inputs, output: n.outputs, attribute: n.attrs.map(encodeAttr),
      })),
      initializer: graph.initializers.map(encodeInitializer),
      input: [valueInfo(graph.input.name, graph.input.dims)],
      output: graph.outputs.map((o) => valueInfo(o.name, o.dims)),
    },
  });
  return ModelProto.encode(message).finish();
}

/** Converts one TFLite file's bytes into ONNX bytes. */
export function convertTflite(tflite: Uint8Array, sourceName: string): Uint8Array {
  const graph = buildGraph(readTflite(tflite));
  const doc = `Converted from MediaPipe ${sourceName} (Apache-2.0). Input NCHW float32 in [-1,1]; ` +
    'outputs raw regressors [1,N,16] and classificator logits [1,N,1].';
  return encodeModel(graph, doc);
}

/** Converts both BlazeFace models; returns the written paths. */
export function convertAll(outDir = join(root, 'models')): string[] {
  mkdirSync(outDir, { recursive: true });
  const sourceDir = dirname(createRequire(import.meta.url).resolve('@mediapipe/face_detection/package.json'));
  return BLAZEFACE_MODELS.map(({ source, output }) => {
    const bytes = readFileSync(join(sourceDir, source));
    const onnx = convertTflite(bytes, source);
    const path = join(outDir, output);
    writeFileSync(path, onnx);
    return path;
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const paths = convertAll(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`convert-blazeface: wrote ${paths.join(', ')} in ${Math.round(performance.now() - started)} ms`);
}
