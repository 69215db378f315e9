import { useState } from 'preact/hooks';
import type { Box } from '../../lib/engine/report';
import { describeReport } from '../../lib/dialog/findings';
import { failureOf } from '../../lib/dialog/status';
import { t } from '../../lib/i18n';
import { BoxList } from './BoxList';
import { describeFailure } from './ErrorNotice';
import { FindingList } from './FindingList';
import { ImageCanvas } from './ImageCanvas';
import { RedactPreview } from './RedactPreview';
import type { ImageView } from './types';

interface Props {
  image: ImageView;
  index: number;
  total: number;
  onAddBox(box: Box): void;
  onRemoveBox(id: string): void;
}

/** One image: thumbnail with boxes, findings in plain words, areas to cover and the redacted preview. */
export function ImageCard({ image, index, total, onAddBox, onRemoveBox }: Props) {
  const [highlight, setHighlight] = useState<string>();
  const title = t('dialog_image_label', [index + 1, total, image.name]);
  const failure = failureOf(image);
  const report = failure ? undefined : image.report;
  const headingId = `cg-image-${index}`;
  return (
    <section class="cg-card" aria-labelledby={headingId}>
      <h3 id={headingId} class="cg-card-title">{title}</h3>
      <div class="cg-card-body">
        <div class="cg-card-image">
          {report ? (
            <ImageCanvas name={image.name} url={image.url} width={report.width} height={report.height} boxes={image.boxes} highlight={highlight} onAdd={onAddBox} />
          ) : image.url ? (
            <img class="cg-plain-thumb" src={image.url} alt={image.name} />
          ) : null}
          {report && <p class="cg-muted cg-small">{t('dialog_boxes_hint')}</p>}
        </div>
        <div class="cg-card-side">
          {failure ? (
            <p class="cg-error-text">{describeFailure(image.name, failure)}</p>
          ) : report ? (
            <>
              <FindingList lines={describeReport(report)} />
              <h4>{t('dialog_boxes_heading')}</h4>
              <BoxList boxes={image.boxes} onRemove={onRemoveBox} onHighlight={setHighlight} />
              <RedactPreview name={image.name} preview={image.preview} />
            </>
          ) : null}
        </div>
      </div>
    </section>
  );
}
