import type { Box } from '../report';

import type { Quad } from '../report';

/**
 * A text line's outline in image pixels: top-left, top-right, bottom-right, bottom-left
 * corners in reading order ([x0, y0, x1, y1, x2, y2, x3, y3]). The top edge runs along
 * the text; for upright horizontal text it is an axis-aligned rectangle.
 */
export type { Quad };

export type Point = [x: number, y: number];

/** The quad of an axis-aligned box. */
export function boxQuad([x, y, w, h]: Box): Quad {
  return [x, y, x + w, y, x + w, y + h, x, y + h];
}

/** The quad's corners as points, in order. */
export function corners(q: Quad): Point[] {
  return [[q[0], q[1]], [q[2], q[3]], [q[4], q[5]], [q[6], q[7]]];
}

/** The smallest whole-pixel box holding the quad, clipped to `bounds` when given. */
export function quadBounds(q: Quad, bounds?: [width: number, height: number]): Box {
  const xs = [q[0], q[2], q[4], q[6]];
  const ys = [q[1], q[3], q[5], q[7]];
  let left = Math.floor(Math.min(...xs));
  let top = Math.floor(Math.min(...ys));
  let right = Math.ceil(Math.max(...xs));
  let bottom = Math.ceil(Math.max(...ys));
  if (bounds) {
    left = Math.max(0, left);
    top = Math.max(0, top);
    right = Math.min(bounds[0], right);
    bottom = Math.min(bounds[1], bottom);
  }
  return [left, top, Math.max(0, right - left), Math.max(0, bottom - top)];
}

const dist = (a: Point, b: Point): number => Math.hypot(b[0] - a[0], b[1] - a[1]);

/** Length of the text direction (mean of top and bottom edges) and of the line height (mean of the sides). */
export function quadSize(q: Quad): { width: number; height: number } {
  const [tl, tr, br, bl] = corners(q) as [Point, Point, Point, Point];
  return { width: (dist(tl, tr) + dist(bl, br)) / 2, height: (dist(tl, bl) + dist(tr, br)) / 2 };
}

/** The line's frame: origin at the top-left corner, unit vector `u` along the text and `v` down across it. */
export interface Frame {
  origin: Point;
  u: Point;
  v: Point;
}

export function quadFrame(q: Quad): Frame {
  const ux = q[2] - q[0], uy = q[3] - q[1];
  const n = Math.hypot(ux, uy) || 1;
  const u: Point = [ux / n, uy / n];
  // v is u turned a quarter clockwise (y grows downwards), so the frame keeps its handedness.
  return { origin: [q[0], q[1]], u, v: [-u[1], u[0]] };
}

/** A point's coordinates in a frame. */
export function toFrame(f: Frame, [x, y]: Point): Point {
  const dx = x - f.origin[0], dy = y - f.origin[1];
  return [dx * f.u[0] + dy * f.u[1], dx * f.v[0] + dy * f.v[1]];
}

/** Extents [u0, u1, v0, v1] of a quad in a frame. */
export function extentsIn(f: Frame, q: Quad): [number, number, number, number] {
  const pts = corners(q).map((p) => toFrame(f, p));
  const us = pts.map((p) => p[0]), vs = pts.map((p) => p[1]);
  return [Math.min(...us), Math.max(...us), Math.min(...vs), Math.max(...vs)];
}

/** Convex hull (Andrew's monotone chain), counter-clockwise in a y-down image, without collinear points. */
export function convexHull(points: readonly Point[]): Point[] {
  const pts = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (pts.length < 3) return pts;
  const cross = (o: Point, a: Point, b: Point) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: Point[] = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Point[] = [];
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/** A rectangle at any angle: centre, side along `angle` (radians) and side across it. */
export interface RotatedRect {
  cx: number;
  cy: number;
  width: number;
  height: number;
  angle: number;
}

/**
 * The minimum-area rectangle around points (rotating calipers over the hull edges), as OpenCV's
 * minAreaRect, with the angle folded into (-45°, 45°] so `width` is the more horizontal side.
 */
export function minAreaRect(points: readonly Point[]): RotatedRect {
  const hull = convexHull(points);
  if (hull.length === 0) return { cx: 0, cy: 0, width: 0, height: 0, angle: 0 };
  let best: RotatedRect | undefined;
  let bestArea = Infinity;
  const edges = hull.length < 2 ? [0] : hull.map((_, i) => i);
  for (const i of edges) {
    const a = hull[i]!, b = hull[(i + 1) % hull.length]!;
    const angle = hull.length < 2 ? 0 : Math.atan2(b[1] - a[1], b[0] - a[0]);
    const c = Math.cos(angle), s = Math.sin(angle);
    let u0 = Infinity, u1 = -Infinity, v0 = Infinity, v1 = -Infinity;
    for (const [x, y] of hull) {
      const u = x * c + y * s, v = -x * s + y * c;
      u0 = Math.min(u0, u); u1 = Math.max(u1, u); v0 = Math.min(v0, v); v1 = Math.max(v1, v);
    }
    const area = (u1 - u0) * (v1 - v0);
    // Prefer the flatter angle on ties so axis-aligned text gets an axis-aligned rectangle.
    if (area < bestArea - 1e-9 || (Math.abs(area - bestArea) <= 1e-9 && best && Math.abs(fold(angle)) < Math.abs(best.angle))) {
      const mu = (u0 + u1) / 2, mv = (v0 + v1) / 2;
      bestArea = area;
      best = foldRect({ cx: mu * c - mv * s, cy: mu * s + mv * c, width: u1 - u0, height: v1 - v0, angle });
    }
  }
  return best!;
}

function fold(angle: number): number {
  let a = angle;
  while (a > Math.PI / 4) a -= Math.PI / 2;
  while (a <= -Math.PI / 4) a += Math.PI / 2;
  return a;
}

/** The same rectangle described with its angle in (-45°, 45°]. */
function foldRect(r: RotatedRect): RotatedRect {
  const a = fold(r.angle);
  const quarterTurns = Math.round((r.angle - a) / (Math.PI / 2));
  return quarterTurns % 2 === 0 ? { ...r, angle: a } : { ...r, width: r.height, height: r.width, angle: a };
}

/** Grows a rectangle by `along` on both ends and `across` on both sides. */
export function growRect(r: RotatedRect, along: number, across: number): RotatedRect {
  return { ...r, width: Math.max(0, r.width + 2 * along), height: Math.max(0, r.height + 2 * across) };
}

/** The rectangle's corners as a quad (top-left first, top edge along `angle`). */
export function rectQuad(r: RotatedRect): Quad {
  const c = Math.cos(r.angle), s = Math.sin(r.angle);
  const hw = r.width / 2, hh = r.height / 2;
  const at = (du: number, dv: number): Point => [r.cx + du * c - dv * s, r.cy + du * s + dv * c];
  return [...at(-hw, -hh), ...at(hw, -hh), ...at(hw, hh), ...at(-hw, hh)] as Quad;
}

/** A quad read the other way up (turned 180°). */
export function turnQuad180(q: Quad): Quad {
  return [q[4], q[5], q[6], q[7], q[0], q[1], q[2], q[3]];
}

/** A quad turned so text running top to bottom along its long side reads left to right. */
export function turnQuadToVertical(q: Quad): Quad {
  return [q[2], q[3], q[4], q[5], q[6], q[7], q[0], q[1]];
}

/** Maps each corner through `f`. */
export function mapQuad(q: Quad, f: (p: Point) => Point): Quad {
  return corners(q).flatMap(f) as Quad;
}

/** Whether `p` lies inside the convex quad (either winding). */
export function insideQuad(q: Quad, [x, y]: Point): boolean {
  let sign = 0;
  for (let i = 0; i < 4; i++) {
    const ax = q[2 * i]!, ay = q[2 * i + 1]!;
    const bx = q[(2 * i + 2) % 8]!, by = q[(2 * i + 3) % 8]!;
    const c = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
    if (c === 0) continue;
    if (sign === 0) sign = Math.sign(c);
    else if (Math.sign(c) !== sign) return false;
  }
  return true;
}
