import { useState } from 'preact/hooks';
import { failureOf } from '../../lib/dialog/status';
import { t } from '../../lib/i18n';
import { describeFailure, retryable } from './ErrorNotice';
import { BoxShapes } from './BoxShapes';
import type { ImageView } from './types';

interface Props {
  image: ImageView;
  index: number;
  total: number;
  /** Areas may be drawn by hand on an unchecked image (not when policy holds unchecked images). */
  canCoverByHand: boolean;
  /** Opens the reviewer; `size` is the picture's own size (an unchecked image has no report to say it). */
  onOpen(size: { width: number; height: number }): void;
  onRetry(): void;
}

/**
 * One image on the decision screen: a thumbnail with its marked areas, opening the full-size reviewer when clicked.
 * An image that could not be checked says why, and offers a new check or covering areas by hand.
 */
export function ImageThumb({ image, index, total, canCoverByHand, onOpen, onRetry }: Props) {
  const failure = failureOf(image);
  const report = failure ? undefined : image.report;
  const name = total > 1 ? t('dialog_image_label', [index + 1, total, image.name]) : image.name;
  const count = image.boxes.length;
  const areas = count === 0 ? t('dialog_areas_count_none') : count === 1 ? t('dialog_areas_count_one') : t('dialog_areas_count', count);
  // An unchecked file may not be a picture the browser can show (a video, a HEIC photo): only one that loads can be covered.
  const [natural, setNatural] = useState<{ width: number; height: number }>();
  const [broken, setBroken] = useState(false);
  // A report whose check failed after the picture was read still knows its size.
  const measured = image.report && !image.report.unreadable ? image.report : undefined;
  const size = measured ? { width: measured.width, height: measured.height } : natural;
  // Areas can be covered only on a picture the engine can read: a redacted copy is made from its pixels.
  const openable = !!image.url && !broken && !!size && (!!report || (canCoverByHand && !!failure && retryable(failure)));
  const open = () => size && onOpen(size);
  const loaded = (e: Event) => {
    const img = e.currentTarget as HTMLImageElement;
    if (img.naturalWidth > 0) setNatural({ width: img.naturalWidth, height: img.naturalHeight });
  };
  return (
    <figure class="cg-thumb">
      {image.url && !broken && (
        <Wrapper openable={openable} label={`${t('dialog_open_reviewer')}: ${image.name}`} onOpen={open}>
          <span class="cg-thumb-frame" style={size ? { aspectRatio: `${size.width} / ${size.height}` } : undefined}>
            <img src={image.url} alt={openable ? '' : image.name} draggable={false} onLoad={loaded} onError={() => setBroken(true)} />
            {size && <BoxShapes boxes={image.boxes} width={size.width} height={size.height} thumb />}
          </span>
          {openable && <span class="cg-thumb-open">{t('dialog_open_reviewer')}</span>}
        </Wrapper>
      )}
      <figcaption class="cg-small">
        <span class="cg-thumb-name">{name}</span>
        {report && <span class="cg-muted"> · {areas}</span>}
        {failure && !report && count > 0 && <span class="cg-muted"> · {areas}</span>}
      </figcaption>
      {failure && (
        <div class="cg-thumb-failure">
          <p class="cg-error-text cg-small">{describeFailure(image.name, failure)}</p>
          <div class="cg-actions cg-actions-start">
            {retryable(failure) && (
              <button type="button" aria-label={`${t('dialog_retry')}: ${image.name}`} onClick={onRetry}>
                {t('dialog_retry')}
              </button>
            )}
            {openable && (
              <button type="button" onClick={open}>
                {t('dialog_cover_by_hand')}
              </button>
            )}
          </div>
        </div>
      )}
    </figure>
  );
}

/** The thumbnail is a button only when the reviewer can open. */
function Wrapper({ openable, label, onOpen, children }: { openable: boolean; label: string; onOpen(): void; children: preact.ComponentChildren }) {
  return openable ? (
    <button type="button" class="cg-thumb-button" aria-label={label} onClick={onOpen}>
      {children}
    </button>
  ) : (
    <span class="cg-thumb-button is-static">{children}</span>
  );
}
