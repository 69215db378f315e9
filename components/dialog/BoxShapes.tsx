import type { ReviewBox } from '../../lib/dialog/review-boxes';

interface Props {
  boxes: readonly ReviewBox[];
  width: number;
  height: number;
  /** On a thumbnail a few pixels tall, areas are drawn as solid blocks with a thick outline, so they show at all. */
  thumb?: boolean;
}

/** The marked areas over an image, coloured by kind (the legend explains the colours). */
export function BoxShapes({ boxes, width, height, thumb }: Props) {
  // Strokes in image pixels: at least ~2 screen pixels whatever the scale the image is shown at.
  const stroke = Math.max(2, Math.round(width / (thumb ? 160 : 400)));
  return (
    <svg class={`cg-shapes${thumb ? ' is-thumb' : ''}`} viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" aria-hidden="true">
      {boxes.map((b) => {
        const grow = thumb ? Math.max(0, 6 - b.box[3]) / 2 : 0;
        return (
          <rect key={b.id} class={`cg-rect cg-kind-${b.kind}`} x={b.box[0] - grow} y={b.box[1] - grow} width={b.box[2] + 2 * grow} height={b.box[3] + 2 * grow} stroke-width={stroke} />
        );
      })}
    </svg>
  );
}
