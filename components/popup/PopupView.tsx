import { t } from '../../lib/i18n';
import type { SiteStatus } from '../../lib/settings';

export interface PopupViewProps {
  /** Undefined while loading. */
  status?: SiteStatus;
  /** Site name, such as "X", when the page is a supported site. */
  siteName?: string;
  /** True when policy, not the user, turned protection off here. */
  byPolicy: boolean;
  organisationName: string;
  onOpenOptions(): void;
  onOpenConsentForm(): void;
}

const ICON: Record<SiteStatus, string> = { protected: '✓', audited: '◉', unsupported: '–', 'site-off': '!', 'mode-off': '!' };

/** The toolbar popup: what Consent Guard does on this tab, and where to go next. */
export function PopupView({ status, siteName, byPolicy, organisationName, onOpenOptions, onOpenConsentForm }: PopupViewProps) {
  return (
    <main class="cg-popup">
      <h1>{t('extName')}</h1>
      {status ? (
        <div class={`cg-state cg-state-${status}`} role="status" data-status={status}>
          <span class="cg-state-icon" aria-hidden="true">{ICON[status]}</span>
          <div>
            <p class="cg-state-title">{title(status, siteName, byPolicy)}</p>
            <p class="cg-state-detail">{detail(status, byPolicy)}</p>
          </div>
        </div>
      ) : (
        <p role="status">{t('options_loading')}</p>
      )}
      {organisationName && <p class="cg-org">{t('popup_managed_by', organisationName)}</p>}
      <nav class="cg-popup-links" aria-label={t('popup_links')}>
        <button type="button" onClick={onOpenConsentForm}>{t('popup_consent_form')}</button>
        <button type="button" class="cg-secondary" onClick={onOpenOptions}>{t('popup_options')}</button>
      </nav>
      <p class="cg-small">{t('popup_on_device')}</p>
    </main>
  );
}

function title(status: SiteStatus, siteName: string | undefined, byPolicy: boolean): string {
  if (status === 'protected') return t('popup_protected', siteName ?? '');
  if (status === 'audited') return t('popup_audited', siteName ?? '');
  if (status === 'unsupported') return t('popup_unsupported');
  return byPolicy ? t('popup_off_by_policy') : t('popup_off_by_you');
}

function detail(status: SiteStatus, byPolicy: boolean): string {
  if (status === 'protected') return t('popup_protected_detail');
  if (status === 'audited') return t('popup_audited_detail');
  if (status === 'unsupported') return t('popup_unsupported_detail');
  if (status === 'mode-off') return byPolicy ? t('popup_mode_off_policy_detail') : t('popup_mode_off_detail');
  return byPolicy ? t('popup_site_off_policy_detail') : t('popup_site_off_detail');
}
