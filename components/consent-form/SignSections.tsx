import { t } from '../../lib/i18n';
import { LineField, SignRow, TickBox } from './fields';

/** Section 6: the patient's agreement, or that of someone with parental responsibility or legal authority. */
export function AgreementSection() {
  return (
    <section class="cf-section cf-keep" aria-labelledby="cf-h-agree">
      <h2 id="cf-h-agree">{t('form_h_agree')}</h2>
      <div class="cf-ticks">
        <TickBox name="agree-read">{t('form_agree_read')}</TickBox>
        <TickBox name="agree-questions">{t('form_agree_questions')}</TickBox>
        <TickBox name="agree-yes">{t('form_agree_yes')}</TickBox>
      </div>
      <h3>{t('form_patient')}</h3>
      <SignRow prefix="patient" />
      <h3>{t('form_for_patient')}</h3>
      <TickBox name="for-patient-right">{t('form_for_patient_right')}</TickBox>
      <SignRow prefix="representative" />
      <LineField label={t('form_relationship')} name="representative-relationship" wide />
    </section>
  );
}

/** Section 7: the clinician's declaration, role and registration number, and where and when the post went out. */
export function ClinicianSection() {
  return (
    <section class="cf-section cf-keep" aria-labelledby="cf-h-clinician">
      <h2 id="cf-h-clinician">{t('form_h_clinician')}</h2>
      <p>{t('form_clin_declare')}</p>
      <SignRow prefix="clinician" />
      <div class="cf-sign-row cf-two">
        <LineField label={t('form_clin_role')} name="clinician-role" />
        <LineField label={t('form_clin_reg')} name="clinician-registration" />
      </div>
      <h3>{t('form_h_posted')}</h3>
      <div class="cf-sign-row cf-two">
        <LineField label={t('form_posted_date')} name="posted-date" />
        <LineField label={t('form_posted_link')} name="posted-link" />
      </div>
    </section>
  );
}
