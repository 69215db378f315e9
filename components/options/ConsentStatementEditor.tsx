import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

export interface ConsentStatementEditorProps {
  value: string;
  defaultValue: string;
  locked: boolean;
  onSave(text: string): void;
}

/** Edits the consent statement users confirm in the dialog and see on the consent form. */
export function ConsentStatementEditor({ value, defaultValue, locked, onSave }: ConsentStatementEditorProps) {
  const [draft, setDraft] = useState(value);
  const changed = draft.trim() !== value;
  return (
    <section class="cg-card" id="statement" aria-labelledby="statement-title">
      <h2 id="statement-title">{t('options_statement_title')}</h2>
      <p class="cg-hint" id="statement-hint">{t('options_statement_hint')}</p>
      <label for="statement-text" class="cg-visually-hidden">{t('options_statement_title')}</label>
      <textarea id="statement-text" rows={4} maxLength={2000} value={draft} disabled={locked} aria-describedby="statement-hint statement-count"
        onInput={(e) => setDraft(e.currentTarget.value)} />
      <p class="cg-hint" id="statement-count">{t('options_characters', draft.length)}</p>
      <blockquote class="cg-preview" aria-label={t('options_statement_preview')}>{draft.trim() || t('options_statement_empty')}</blockquote>
      {locked ? (
        <p class="cg-locked">{t('options_locked')}</p>
      ) : (
        <div class="cg-actions">
          <button type="button" disabled={!changed} onClick={() => onSave(draft.trim())}>{t('options_save')}</button>
          <button type="button" class="cg-secondary" onClick={() => { setDraft(defaultValue); onSave(defaultValue); }}>{t('options_reset_default')}</button>
        </div>
      )}
    </section>
  );
}
