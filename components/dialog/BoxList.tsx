import type { ReviewBox } from '../../lib/dialog/review-boxes';
import { t } from '../../lib/i18n';

interface Props {
  boxes: ReviewBox[];
  onRemove(id: string): void;
  onHighlight(id: string | undefined): void;
}

/** The areas the redacted copy will cover, each removable: the keyboard route to removing a box. */
export function BoxList({ boxes, onRemove, onHighlight }: Props) {
  if (boxes.length === 0) return <p class="cg-muted">{t('dialog_boxes_none')}</p>;
  return (
    <ul class="cg-boxes">
      {boxes.map((b) => (
        <li key={b.id} class={`cg-box-item cg-kind-${b.kind}`} onMouseEnter={() => onHighlight(b.id)} onMouseLeave={() => onHighlight(undefined)}>
          <span class="cg-swatch" aria-hidden="true" />
          <span class="cg-box-label">{b.label}</span>
          <button
            type="button"
            class="cg-link-button"
            aria-label={t('dialog_box_remove_label', b.label)}
            onFocus={() => onHighlight(b.id)}
            onBlur={() => onHighlight(undefined)}
            onClick={() => onRemove(b.id)}
          >
            {t('dialog_box_remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}
