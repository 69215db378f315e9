import { useRef, useState } from 'preact/hooks';
import type { Box } from '../../lib/engine/report';
import { boxFromDrag, type ReviewBox } from '../../lib/dialog/review-boxes';
import { t } from '../../lib/i18n';

interface Props {
  name: string;
  url?: string;
  width: number;
  height: number;
  boxes: ReviewBox[];
  highlight?: string;
  /** Absent when boxes can't be added (e.g. the image wasn't checked). */
  onAdd?(box: Box): void;
}

type Point = { x: number; y: number };

/** The image with its boxes drawn over it; dragging on it adds a box. */
export function ImageCanvas({ name, url, width, height, boxes, highlight, onAdd }: Props) {
  const svg = useRef<SVGSVGElement>(null);
  // A ref, not state: pointer events can arrive before a re-render.
  const start = useRef<Point>();
  const [draft, setDraft] = useState<Box>();

  const toImage = (event: PointerEvent): Point => {
    const rect = svg.current!.getBoundingClientRect();
    const sx = rect.width > 0 ? width / rect.width : 1;
    const sy = rect.height > 0 ? height / rect.height : 1;
    return {
      x: Math.max(0, Math.min(width, (event.clientX - rect.left) * sx)),
      y: Math.max(0, Math.min(height, (event.clientY - rect.top) * sy)),
    };
  };
  const minSize = Math.max(4, Math.round(width / 200));

  const down = (event: PointerEvent) => {
    if (!onAdd || event.button !== 0) return;
    event.preventDefault();
    (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
    start.current = toImage(event);
  };
  const move = (event: PointerEvent) => {
    if (start.current) setDraft(boxFromDrag(start.current, toImage(event), 1));
  };
  const up = (event: PointerEvent) => {
    if (!start.current) return;
    const box = boxFromDrag(start.current, toImage(event), minSize);
    start.current = undefined;
    setDraft(undefined);
    if (box && onAdd) onAdd(box);
  };
  const stroke = Math.max(2, Math.round(width / 320));

  return (
    <div class="cg-canvas" style={{ aspectRatio: `${width} / ${height}` }}>
      {url ? <img src={url} alt={t('dialog_boxes_on_image', [name, boxes.length])} draggable={false} /> : <div class="cg-noimage" />}
      <svg
        ref={svg}
        class={onAdd ? 'cg-draw' : undefined}
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="none"
        aria-hidden="true"
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={() => {
          start.current = undefined;
          setDraft(undefined);
        }}
      >
        {boxes.map((b) => (
          <rect
            key={b.id}
            data-box={b.id}
            class={`cg-rect cg-kind-${b.kind}${highlight === b.id ? ' cg-active' : ''}`}
            x={b.box[0]}
            y={b.box[1]}
            width={b.box[2]}
            height={b.box[3]}
            stroke-width={stroke}
          >
            <title>{b.label}</title>
          </rect>
        ))}
        {draft && <rect class="cg-rect cg-draft" x={draft[0]} y={draft[1]} width={draft[2]} height={draft[3]} stroke-width={stroke} />}
      </svg>
    </div>
  );
}
