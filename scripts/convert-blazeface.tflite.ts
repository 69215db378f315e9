/**
 * A minimal hand-written reader for TFLite flatbuffers (schema v3, "TFL3"): just the tables,
 * fields and builtin options the BlazeFace models use. Field numbers follow
 * tensorflow/lite/schema/schema.fbs.
 */

/** TFLite BuiltinOperator codes the converter understands. */
export const Op = {
  ADD: 0,
  CONCATENATION: 2,
  CONV_2D: 3,
  DEPTHWISE_CONV_2D: 4,
  DEQUANTIZE: 6,
  MAX_POOL_2D: 17,
  RELU: 19,
  RESHAPE: 22,
  RESIZE_BILINEAR: 23,
  PAD: 34,
} as const;

/** TFLite TensorType codes. */
export const TensorType = { FLOAT32: 0, FLOAT16: 1, INT32: 2 } as const;

export interface TfliteTensor {
  name: string;
  shape: number[];
  type: number;
  /** Raw constant bytes, or undefined for activations. */
  data: Uint8Array | undefined;
}

export interface TfliteOperator {
  builtin: number;
  inputs: number[];
  outputs: number[];
  /** The builtin options table, read lazily by field number. */
  options: Table | undefined;
}

export interface TfliteModel {
  tensors: TfliteTensor[];
  inputs: number[];
  outputs: number[];
  operators: TfliteOperator[];
}

/** One flatbuffer table; accessors take the schema's field index (0-based). */
export class Table {
  private readonly vtable: number;
  private readonly vtableSize: number;

  constructor(
    private readonly view: DataView,
    readonly pos: number,
  ) {
    this.vtable = pos - view.getInt32(pos, true);
    this.vtableSize = view.getUint16(this.vtable, true);
  }

  private fieldPos(field: number): number {
    const slot = 4 + field * 2;
    if (slot >= this.vtableSize) return 0;
    const off = this.view.getUint16(this.vtable + slot, true);
    return off === 0 ? 0 : this.pos + off;
  }

  has(field: number): boolean {
    return this.fieldPos(field) !== 0;
  }

  u8(field: number, fallback = 0): number {
    const p = this.fieldPos(field);
    return p === 0 ? fallback : this.view.getUint8(p);
  }

  i32(field: number, fallback = 0): number {
    const p = this.fieldPos(field);
    return p === 0 ? fallback : this.view.getInt32(p, true);
  }

  private indirect(field: number): number {
    const p = this.fieldPos(field);
    return p === 0 ? 0 : p + this.view.getUint32(p, true);
  }

  table(field: number): Table | undefined {
    const p = this.indirect(field);
    return p === 0 ? undefined : new Table(this.view, p);
  }

  private vector(field: number): { start: number; length: number } | undefined {
    const p = this.indirect(field);
    return p === 0 ? undefined : { start: p + 4, length: this.view.getUint32(p, true) };
  }

  i32s(field: number): number[] {
    const v = this.vector(field);
    if (!v) return [];
    return Array.from({ length: v.length }, (_, i) => this.view.getInt32(v.start + 4 * i, true));
  }

  bytes(field: number): Uint8Array | undefined {
    const v = this.vector(field);
    if (!v || v.length === 0) return undefined;
    return new Uint8Array(this.view.buffer, this.view.byteOffset + v.start, v.length);
  }

  string(field: number): string {
    return new TextDecoder().decode(this.bytes(field) ?? new Uint8Array());
  }

  tables(field: number): Table[] {
    const v = this.vector(field);
    if (!v) return [];
    return Array.from({ length: v.length }, (_, i) => {
      const at = v.start + 4 * i;
      return new Table(this.view, at + this.view.getUint32(at, true));
    });
  }
}

/** Parses a .tflite file's first subgraph. Throws on anything the converter could not honour. */
export function readTflite(file: Uint8Array): TfliteModel {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  if (new TextDecoder().decode(file.subarray(4, 8)) !== 'TFL3') throw new Error('not a TFL3 flatbuffer');
  const model = new Table(view, view.getUint32(0, true));
  const opcodes = model.tables(1).map((c) => Math.max(c.u8(0), c.i32(3)));
  const buffers = model.tables(4).map((b) => {
    if (b.has(1)) throw new Error('external buffer offsets are not supported');
    return b.bytes(0);
  });
  const subgraphs = model.tables(2);
  const graph = subgraphs[0];
  if (!graph || subgraphs.length !== 1) throw new Error('expected exactly one subgraph');
  const tensors = graph.tables(0).map((t): TfliteTensor => {
    if (t.has(6)) throw new Error(`sparse tensor ${t.string(3)} is not supported`);
    return { shape: t.i32s(0), type: t.u8(1), data: buffers[t.i32(2)], name: t.string(3) };
  });
  const operators = graph.tables(3).map((o): TfliteOperator => {
    const builtin = opcodes[o.i32(0)];
    if (builtin === undefined) throw new Error('bad opcode index');
    return { builtin, inputs: o.i32s(1), outputs: o.i32s(2), options: o.table(4) };
  });
  return { tensors, inputs: graph.i32s(1), outputs: graph.i32s(2), operators };
}

/** IEEE 754 half → float32, no dependencies. */
export function halfToFloat(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * 2 ** -14 * (frac / 1024);
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * 2 ** (exp - 15) * (1 + frac / 1024);
}

/** Decodes a constant tensor's bytes into float32 (fp16 and fp32 only). */
export function constantFloats(t: TfliteTensor): Float32Array {
  if (!t.data) throw new Error(`tensor ${t.name} has no data`);
  const view = new DataView(t.data.buffer, t.data.byteOffset, t.data.byteLength);
  if (t.type === TensorType.FLOAT16) {
    return Float32Array.from({ length: t.data.byteLength / 2 }, (_, i) => halfToFloat(view.getUint16(2 * i, true)));
  }
  if (t.type === TensorType.FLOAT32) {
    return Float32Array.from({ length: t.data.byteLength / 4 }, (_, i) => view.getFloat32(4 * i, true));
  }
  throw new Error(`tensor ${t.name}: unsupported constant type ${t.type}`);
}

/** Decodes an int32 constant tensor (PAD paddings, RESIZE sizes, RESHAPE shapes). */
export function constantInts(t: TfliteTensor): number[] {
  if (!t.data || t.type !== TensorType.INT32) throw new Error(`tensor ${t.name} is not an int32 constant`);
  const view = new DataView(t.data.buffer, t.data.byteOffset, t.data.byteLength);
  return Array.from({ length: t.data.byteLength / 4 }, (_, i) => view.getInt32(4 * i, true));
}
