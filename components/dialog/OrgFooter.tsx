import type { DialogPolicy } from '../../lib/settings/dialog-policy';
import { t } from '../../lib/i18n';

/** The organisation's own message, guidance link and IG contact, when policy sets them. */
export function OrgFooter({ policy }: { policy: DialogPolicy }) {
  if (!policy.customMessage && !policy.learnMoreUrl && !policy.igContact) return null;
  return (
    <footer class="cg-org">
      {policy.customMessage && <p>{policy.customMessage}</p>}
      <p>
        {policy.learnMoreUrl && (
          <a href={policy.learnMoreUrl} target="_blank" rel="noopener noreferrer">
            {t('dialog_learn_more')}
          </a>
        )}
        {policy.learnMoreUrl && policy.igContact && ' · '}
        {policy.igContact && t('dialog_ig_contact', policy.igContact)}
      </p>
    </footer>
  );
}
