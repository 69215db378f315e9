import type { IdentifierFinding } from '../../lib/engine/report';
import { describePostFinding } from '../../lib/dialog/post-context';
import { t } from '../../lib/i18n';

/** Identifying context found in the post's own text. */
export function PostContext({ findings }: { findings: IdentifierFinding[] }) {
  return (
    <section class="cg-post" aria-labelledby="cg-post-title">
      <h3 id="cg-post-title">{t('dialog_post_heading')}</h3>
      {findings.length === 0 ? (
        <p class="cg-muted">{t('dialog_post_none')}</p>
      ) : (
        <ul class="cg-findings">
          {findings.map((f, i) => (
            <li key={i} class="cg-finding cg-finding-identifier">
              {describePostFinding(f)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
