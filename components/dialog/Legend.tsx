import { t } from '../../lib/i18n';

const KINDS = ['identifier', 'face', 'text', 'user', 'kept'] as const;

/** What the colours and outlines on the image mean. */
export function Legend() {
  return (
    <section class="cg-legend" aria-labelledby="cg-legend-title">
      <h3 id="cg-legend-title">{t('reviewer_legend')}</h3>
      <ul>
        {KINDS.map((kind) => (
          <li key={kind} class={`cg-kind-${kind}`}>
            <span class="cg-swatch" aria-hidden="true" />
            {t(`reviewer_legend_${kind}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
