/**
 * Maps the TFLite BlazeFace operators (NHWC) onto an ONNX opset-13 graph (NCHW).
 * Every 4-D activation is kept NCHW; tensors after a RESHAPE keep TFLite's own layout.
 */
import { Op, constantFloats, constantInts, type TfliteModel, type TfliteOperator, type TfliteTensor } from './convert-blazeface.tflite';

export type Attr = { name: string; ints: number[] } | { name: string; i: number } | { name: string; s: string };
export interface OnnxNode { op: string; inputs: string[]; outputs: string[]; attrs: Attr[] }
export type Initializer = { name: string; dims: number[] } & ({ floats: Float32Array } | { int64s: number[] });
export interface OnnxGraph {
  nodes: OnnxNode[];
  initializers: Initializer[];
  input: { name: string; dims: number[] };
  outputs: { name: string; dims: number[] }[];
}

const PADDING_SAME = 0;
const ACT_NONE = 0;

/** TF 'SAME' padding for one spatial axis: the extra pixel goes at the end, as TF does. */
function samePads(inSize: number, kernel: number, stride: number): [number, number] {
  const out = Math.ceil(inSize / stride);
  const total = Math.max((out - 1) * stride + kernel - inSize, 0);
  return [Math.floor(total / 2), total - Math.floor(total / 2)];
}

function spatialPads(same: boolean, input: TfliteTensor, kh: number, kw: number, sh: number, sw: number): number[] {
  if (!same) return [0, 0, 0, 0];
  const [h0, h1] = samePads(input.shape[1] ?? 0, kh, sh);
  const [w0, w1] = samePads(input.shape[2] ?? 0, kw, sw);
  return [h0, w0, h1, w1];
}

/** OHWI (conv) → OIHW. */
function ohwiToOihw(w: Float32Array, [o, h, wd, i]: number[]): Float32Array {
  const out = new Float32Array(w.length);
  for (let a = 0; a < o!; a++)
    for (let y = 0; y < h!; y++)
      for (let x = 0; x < wd!; x++)
        for (let c = 0; c < i!; c++) out[((a * i! + c) * h! + y) * wd! + x] = w[((a * h! + y) * wd! + x) * i! + c]!;
  return out;
}

/** Builds the ONNX graph. Output names are fixed as `regressors` [1,N,16] and `classificators` [1,N,1]. */
export function buildGraph(model: TfliteModel): OnnxGraph {
  const t = (i: number): TfliteTensor => {
    const tensor = model.tensors[i];
    if (!tensor) throw new Error(`missing tensor ${i}`);
    return tensor;
  };
  const folded = new Map<number, Float32Array>();
  const nodes: OnnxNode[] = [];
  const initializers: Initializer[] = [];
  const nchw = new Set<number>(model.inputs);
  const names = new Map<number, string>();
  for (const out of model.outputs) names.set(out, t(out).shape.at(-1) === 16 ? 'regressors' : 'classificators');
  const name = (i: number): string => names.get(i) ?? t(i).name;

  const weight = (i: number, dims: number[], transform?: (w: Float32Array) => Float32Array): string => {
    const w = folded.get(i);
    if (!w) throw new Error(`${t(i).name} is not a folded constant`);
    initializers.push({ name: t(i).name, dims, floats: transform ? transform(w) : w });
    return t(i).name;
  };
  const needActivation = (code: number, op: TfliteOperator): void => {
    if (code !== ACT_NONE) throw new Error(`fused activation ${code} on ${t(op.outputs[0]!).name} is not supported`);
  };

  for (const op of model.operators) {
    const [a = -1, b = -1, c = -1] = op.inputs;
    const out = op.outputs[0]!;
    const o = op.options;
    switch (op.builtin) {
      case Op.DEQUANTIZE:
        folded.set(out, constantFloats(t(a)));
        break;
      case Op.CONV_2D: {
        needActivation(o?.u8(3) ?? 0, op);
        if ((o?.i32(4, 1) ?? 1) !== 1 || (o?.i32(5, 1) ?? 1) !== 1) throw new Error('dilated conv');
        const [oc, kh, kw, ic] = t(b).shape as [number, number, number, number];
        const sh = o?.i32(2, 1) ?? 1, sw = o?.i32(1, 1) ?? 1;
        const pads = spatialPads((o?.u8(0) ?? 0) === PADDING_SAME, t(a), kh, kw, sh, sw);
        const wName = weight(b, [oc, ic, kh, kw], (w) => ohwiToOihw(w, t(b).shape));
        const bName = weight(c, [oc]);
        nodes.push({ op: 'Conv', inputs: [name(a), wName, bName], outputs: [name(out)], attrs: [
          { name: 'kernel_shape', ints: [kh, kw] }, { name: 'pads', ints: pads }, { name: 'strides', ints: [sh, sw] }] });
        nchw.add(out);
        break;
      }
      case Op.DEPTHWISE_CONV_2D: {
        needActivation(o?.u8(4) ?? 0, op);
        if ((o?.i32(3, 1) ?? 1) !== 1) throw new Error('depth_multiplier ≠ 1');
        const [, kh, kw, ch] = t(b).shape as [number, number, number, number];
        const sh = o?.i32(2, 1) ?? 1, sw = o?.i32(1, 1) ?? 1;
        const pads = spatialPads((o?.u8(0) ?? 0) === PADDING_SAME, t(a), kh, kw, sh, sw);
        // [1,H,W,C] → [C,1,H,W]: the same transpose as OHWI → OIHW with O=1, I=C, then swap O and I.
        const wName = weight(b, [ch, 1, kh, kw], (w) => ohwiToOihw(w, [1, kh, kw, ch]));
        const bName = weight(c, [ch]);
        nodes.push({ op: 'Conv', inputs: [name(a), wName, bName], outputs: [name(out)], attrs: [
          { name: 'group', i: ch }, { name: 'kernel_shape', ints: [kh, kw] }, { name: 'pads', ints: pads },
          { name: 'strides', ints: [sh, sw] }] });
        nchw.add(out);
        break;
      }
      case Op.MAX_POOL_2D: {
        needActivation(o?.u8(5) ?? 0, op);
        const sh = o?.i32(2, 1) ?? 1, sw = o?.i32(1, 1) ?? 1, kw = o?.i32(3, 1) ?? 1, kh = o?.i32(4, 1) ?? 1;
        const pads = spatialPads((o?.u8(0) ?? 0) === PADDING_SAME, t(a), kh, kw, sh, sw);
        nodes.push({ op: 'MaxPool', inputs: [name(a)], outputs: [name(out)], attrs: [
          { name: 'kernel_shape', ints: [kh, kw] }, { name: 'pads', ints: pads }, { name: 'strides', ints: [sh, sw] }] });
        nchw.add(out);
        break;
      }
      case Op.ADD:
        needActivation(o?.u8(0) ?? 0, op);
        if (!nchw.has(a) || !nchw.has(b)) throw new Error('ADD expects two NCHW activations');
        nodes.push({ op: 'Add', inputs: [name(a), name(b)], outputs: [name(out)], attrs: [] });
        nchw.add(out);
        break;
      case Op.RELU:
        nodes.push({ op: 'Relu', inputs: [name(a)], outputs: [name(out)], attrs: [] });
        if (nchw.has(a)) nchw.add(out);
        break;
      case Op.PAD: {
        // TFLite paddings are NHWC [[n0,n1],[h0,h1],[w0,w1],[c0,c1]]; ONNX wants all begins then all ends, NCHW.
        const p = constantInts(t(b));
        const nchwOrder = [0, 3, 1, 2];
        const pads = [...nchwOrder.map((d) => p[2 * d]!), ...nchwOrder.map((d) => p[2 * d + 1]!)];
        const padsName = `${t(out).name}/pads`;
        initializers.push({ name: padsName, dims: [8], int64s: pads });
        nodes.push({ op: 'Pad', inputs: [name(a), padsName], outputs: [name(out)], attrs: [{ name: 'mode', s: 'constant' }] });
        nchw.add(out);
        break;
      }
      case Op.RESIZE_BILINEAR: {
        const alignCorners = (o?.u8(2) ?? 0) !== 0, halfPixel = (o?.u8(3) ?? 0) !== 0;
        const mode = alignCorners ? 'align_corners' : halfPixel ? 'half_pixel' : 'asymmetric';
        const [n, h, w, ch] = t(out).shape as [number, number, number, number];
        const sizesName = `${t(out).name}/sizes`;
        initializers.push({ name: sizesName, dims: [4], int64s: [n, ch, h, w] });
        nodes.push({ op: 'Resize', inputs: [name(a), '', '', sizesName], outputs: [name(out)], attrs: [
          { name: 'coordinate_transformation_mode', s: mode }, { name: 'mode', s: 'linear' }] });
        nchw.add(out);
        break;
      }
      case Op.RESHAPE: {
        let src = name(a);
        if (nchw.has(a) && t(a).shape.length === 4) {
          // TFLite reshapes NHWC memory order; transpose back first so anchors come out in TFLite order.
          src = `${t(a).name}/nhwc`;
          nodes.push({ op: 'Transpose', inputs: [name(a)], outputs: [src], attrs: [{ name: 'perm', ints: [0, 2, 3, 1] }] });
        }
        const shapeName = `${t(out).name}/shape`;
        initializers.push({ name: shapeName, dims: [t(out).shape.length], int64s: t(out).shape });
        nodes.push({ op: 'Reshape', inputs: [src, shapeName], outputs: [name(out)], attrs: [] });
        break;
      }
      case Op.CONCATENATION: {
        needActivation(o?.u8(1) ?? 0, op);
        const rank = t(out).shape.length;
        let axis = o?.i32(0) ?? 0;
        if (axis < 0) axis += rank;
        if (op.inputs.some((i) => nchw.has(i))) axis = [0, 2, 3, 1][axis]!;
        nodes.push({ op: 'Concat', inputs: op.inputs.map(name), outputs: [name(out)], attrs: [{ name: 'axis', i: axis }] });
        if (op.inputs.some((i) => nchw.has(i))) nchw.add(out);
        break;
      }
      default:
        throw new Error(`unsupported TFLite builtin operator ${op.builtin}`);
    }
  }
  const [inIdx] = model.inputs;
  const [n, h, w, ch] = t(inIdx!).shape as [number, number, number, number];
  return {
    nodes,
    initializers,
    input: { name: t(inIdx!).name, dims: [n, ch, h, w] },
    outputs: model.outputs.map((i) => ({ name: name(i), dims: t(i).shape })).sort((x, y) => x.name.localeCompare(y.name)),
  };
}
