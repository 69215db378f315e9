import { useRef, useState } from 'preact/hooks';
import type { Box } from '../../lib/engine/report';
import { adjustBox, boxFromDrag, type ReviewBox } from '../../lib/dialog/review-boxes';
import { t } from '../../lib/i18n';

type Point = { x: number; y: number };
type Drag =
  | { mode: 'draw'; start: Point }
  | { mode: 'move'; id: string; start: Point; box: Box }
  | { mode: 'resize'; id: string; start: Point; box: Box }
  | { mode: 'pan'; start: { x: number; y: number }; scroll: { left: number; top: number } };

export interface StageProps {
  url?: string;
  alt: string;
  width: number;
  height: number;
  zoom: number;
  boxes: readonly ReviewBox[];
  /** Text left in place (kept labels), outlined in grey. */
  kept: readonly { box: Box; text: string }[];
  /** false: the redacted copy is shown, nothing can be edited. */
  editable: boolean;
  selected?: string;
  /** True while Space is held: a drag pans instead of drawing. */
  panning: boolean;
  viewport(): HTMLElement | null;
  onSelect(id: string | undefined): void;
  onAdd(box: Box): void;
  onChange(id: string, box: Box): void;
  onSettle(): void;
}

/**
 * The image at the reviewer's zoom with its areas drawn over it: drag on the image to add an area, drag an area to
 * move it, drag its corner handle to resize it; with Space held (or the middle button) a drag pans.
 */
export function ReviewStage(props: StageProps) {
  const { width, height, zoom, boxes, editable, selected } = props;
  const stage = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag>();
  const [draft, setDraft] = useState<Box>();

  /** Screen pixels per image pixel as drawn (not the requested zoom: they differ while a zoom change is laid out). */
  const drawnScale = () => {
    const w = stage.current?.getBoundingClientRect().width ?? 0;
    return w > 0 ? w / width : zoom;
  };

  const toImage = (event: PointerEvent): Point => {
    const rect = stage.current!.getBoundingClientRect();
    const scale = drawnScale();
    return {
      x: Math.max(0, Math.min(width, (event.clientX - rect.left) / scale)),
      y: Math.max(0, Math.min(height, (event.clientY - rect.top) / scale)),
    };
  };

  const down = (event: PointerEvent) => {
    const target = event.target as Element;
    const viewport = props.viewport();
    if (event.button === 1 || (event.button === 0 && props.panning)) {
      if (!viewport) return;
      event.preventDefault();
      drag.current = { mode: 'pan', start: { x: event.clientX, y: event.clientY }, scroll: { left: viewport.scrollLeft, top: viewport.scrollTop } };
    } else if (event.button !== 0 || !editable) {
      return;
    } else {
      event.preventDefault();
      const point = toImage(event);
      const handle = target.closest('[data-handle]')?.getAttribute('data-handle');
      const hit = target.closest('[data-box]')?.getAttribute('data-box');
      const box = boxes.find((b) => b.id === (handle ?? hit));
      if (handle && box) drag.current = { mode: 'resize', id: box.id, start: point, box: box.box };
      else if (hit && box) {
        props.onSelect(box.id);
        drag.current = { mode: 'move', id: box.id, start: point, box: box.box };
      } else {
        props.onSelect(undefined);
        drag.current = { mode: 'draw', start: point };
      }
    }
    (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
    stage.current?.focus({ preventScroll: true });
  };

  const move = (event: PointerEvent) => {
    const current = drag.current;
    if (!current) return;
    if (current.mode === 'pan') {
      const viewport = props.viewport();
      if (viewport) {
        viewport.scrollLeft = current.scroll.left - (event.clientX - current.start.x);
        viewport.scrollTop = current.scroll.top - (event.clientY - current.start.y);
      }
      return;
    }
    const point = toImage(event);
    if (current.mode === 'draw') return setDraft(boxFromDrag(current.start, point, 1));
    const dx = Math.round(point.x - current.start.x);
    const dy = Math.round(point.y - current.start.y);
    const next = current.mode === 'move' ? adjustBox(current.box, { dx, dy }, width, height) : adjustBox(current.box, { dw: dx, dh: dy }, width, height);
    props.onChange(current.id, next);
  };

  const up = (event: PointerEvent) => {
    const current = drag.current;
    drag.current = undefined;
    setDraft(undefined);
    if (current?.mode === 'draw') {
      const box = boxFromDrag(current.start, toImage(event), Math.max(4, 6 / drawnScale()));
      if (box) props.onAdd(box);
    }
    props.onSettle();
  };

  const stroke = Math.max(1.5, 2 / zoom);
  const chosen = boxes.find((b) => b.id === selected);
  const handle = Math.max(8, 12 / zoom);

  return (
    <div
      ref={stage}
      class={`cg-rv-stage${editable ? ' is-editable' : ''}${props.panning ? ' is-panning' : ''}`}
      style={{ width: `${width * zoom}px`, height: `${height * zoom}px` }}
      tabIndex={0}
      role="application"
      aria-label={t('reviewer_stage_label', boxes.length)}
      data-testid="review-stage"
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={() => {
        drag.current = undefined;
        setDraft(undefined);
      }}
    >
      {props.url && <img src={props.url} alt={props.alt} draggable={false} />}
      {editable && (
        <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" aria-hidden="true">
          {props.kept.map((k, i) => (
            <rect key={`kept-${i}`} class="cg-rect cg-kind-kept" x={k.box[0]} y={k.box[1]} width={k.box[2]} height={k.box[3]} stroke-width={stroke} />
          ))}
          {boxes.map((b, i) => (
            <g key={b.id} data-box={b.id} class={`cg-shape cg-kind-${b.kind}${b.id === selected ? ' is-selected' : ''}`}>
              <rect class={`cg-rect cg-kind-${b.kind}`} x={b.box[0]} y={b.box[1]} width={b.box[2]} height={b.box[3]} stroke-width={stroke} />
              {b.quad && b.kind === 'text' && <polygon class="cg-quad" points={quadPoints(b.quad)} stroke-width={stroke / 2} />}
              <Badge n={i + 1} box={b.box} zoom={zoom} />
            </g>
          ))}
          {chosen && (
            <rect
              class="cg-handle"
              data-handle={chosen.id}
              x={chosen.box[0] + chosen.box[2] - handle / 2}
              y={chosen.box[1] + chosen.box[3] - handle / 2}
              width={handle}
              height={handle}
              stroke-width={stroke}
            />
          )}
          {draft && <rect class="cg-rect cg-draft" x={draft[0]} y={draft[1]} width={draft[2]} height={draft[3]} stroke-width={stroke} />}
        </svg>
      )}
      {editable && chosen && (
        <span class="cg-rv-tag" style={{ left: `${chosen.box[0] * zoom}px`, top: `${(chosen.box[1] + chosen.box[3]) * zoom + 4}px` }} aria-hidden="true">
          {chosen.label}
        </span>
      )}
    </div>
  );
}

/** The area's number in the list, in a small circle beside its top-left corner; its size does not change with zoom. */
function Badge({ n, box, zoom }: { n: number; box: Box; zoom: number }) {
  const r = 9 / zoom;
  const cx = Math.max(r, box[0] - r - 2 / zoom);
  const cy = Math.max(r, box[1] + Math.min(box[3], 2 * r) / 2);
  return (
    <g class="cg-badge">
      <circle cx={cx} cy={cy} r={r} />
      <text x={cx} y={cy} font-size={11 / zoom} text-anchor="middle" dominant-baseline="central">
        {n}
      </text>
    </g>
  );
}

function quadPoints(q: readonly number[]): string {
  return [0, 2, 4, 6].map((i) => `${q[i]},${q[i + 1]}`).join(' ');
}
