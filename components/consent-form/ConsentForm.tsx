import { t } from '../../lib/i18n';
import { PlatformSection, PurposeSection } from './ChoiceSections';
import { ContactSection, MeaningSection } from './InfoSection';
import { PictureSection } from './PictureSection';
import { AgreementSection, ClinicianSection } from './SignSections';

/** What a trust can change on the form; everything else follows GMC guidance. */
export interface ConsentFormProps {
  /** Shown at the top of the form and before the extra wording. Default '' (none). */
  organisationName: string;
  /** Information governance contact, added to the contact section. Default '' (none). */
  igContact: string;
  /** The trust's own wording, shown after "What this means for you"; blank lines split paragraphs. Default ''. */
  extraWording: string;
  /** Platform names to tick, in order (Consent Guard's supported sites). "Other" is always added. */
  platforms: readonly string[];
  /** Opens the print dialog. Default `window.print`. */
  onPrint?: () => void;
}

/**
 * The patient consent form for social media. Pure: props in, nothing stored, nothing sent.
 * Controls marked `cf-screen` are hidden when printed.
 */
export function ConsentForm({ organisationName, igContact, extraWording, platforms, onPrint = () => window.print() }: ConsentFormProps) {
  return (
    <>
      <div class="cf-toolbar cf-screen" role="region" aria-label={t('form_screen_heading')}>
        <p>{t('form_screen_intro')}</p>
        <p class="cf-not-saved">{t('form_screen_not_saved')}</p>
        <button type="button" class="cf-print-button" onClick={onPrint}>
          {t('form_screen_print')}
        </button>
        <p class="cf-note">{t('form_screen_pdf_hint')}</p>
      </div>
      <main class="cf-sheet">
        <header class="cf-header">
          <div class="cf-title">
            {organisationName && <p class="cf-org" data-testid="organisation">{organisationName}</p>}
            <h1>{t('form_title')}</h1>
          </div>
          <div class="cf-label-box">{t('form_patient_label')}</div>
        </header>
        <p class="cf-intro">{t('form_intro')}</p>
        <form class="cf-form" autocomplete="off" onSubmit={(e) => e.preventDefault()}>
          <PictureSection />
          <PurposeSection />
          <PlatformSection platforms={platforms} />
          <MeaningSection organisationName={organisationName} extraWording={extraWording} />
          <ContactSection igContact={igContact} />
          <AgreementSection />
          <ClinicianSection />
        </form>
        <footer class="cf-footer">
          <p>{t('form_keep')}</p>
        </footer>
      </main>
    </>
  );
}
