import { t } from '../../lib/i18n';
import type { PreviewState } from './types';

/** The redacted copy as it will be posted. */
export function RedactPreview({ name, preview }: { name: string; preview?: PreviewState }) {
  return (
    <div class="cg-preview">
      <h4>{t('dialog_preview_heading')}</h4>
      {preview?.status === 'ready' && preview.url ? (
        <img src={preview.url} alt={t('dialog_preview_alt', name)} />
      ) : preview?.status === 'failed' ? (
        <p class="cg-error-text">{t('dialog_preview_failed', preview.error ?? '')}</p>
      ) : (
        <p class="cg-muted">{t('dialog_preview_busy')}</p>
      )}
      <p class="cg-muted cg-small">{t('dialog_metadata_note')}</p>
    </div>
  );
}
