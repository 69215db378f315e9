import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

/**
 * A box to tick, on screen or on paper. `autocomplete="off"` stops the browser keeping
 * or restoring what was entered (no patient detail outlives the tab).
 */
export function TickBox({ children, name }: { children: ComponentChildren; name: string }) {
  return (
    <label class="cf-tick">
      <input type="checkbox" name={name} autocomplete="off" />
      <span>{children}</span>
    </label>
  );
}

/** A labelled line to write on, typed on screen or filled by hand after printing. */
export function LineField({ label, name, wide = false }: { label: string; name: string; wide?: boolean }) {
  return (
    <label class={wide ? 'cf-line cf-wide' : 'cf-line'}>
      <span class="cf-line-label">{label}</span>
      <input type="text" name={name} autocomplete="off" spellcheck={false} />
    </label>
  );
}

/** A space for a handwritten signature: the patient signs the paper copy, never on screen. */
export function SignatureSpace() {
  return (
    <div class="cf-line cf-sign">
      <span class="cf-line-label">{t('form_sign')}</span>
      <div class="cf-sign-space">
        <span class="cf-screen">{t('form_screen_sign_on_paper')}</span>
      </div>
    </div>
  );
}

/** Signature, name and date on one row. */
export function SignRow({ prefix }: { prefix: string }) {
  return (
    <div class="cf-sign-row">
      <SignatureSpace />
      <LineField label={t('form_name')} name={`${prefix}-name`} />
      <LineField label={t('form_date')} name={`${prefix}-date`} />
    </div>
  );
}

/**
 * A few lines of free text. A textarea cannot grow when printed, so the printout shows a
 * copy of the text in a block that can; the text lives in memory only.
 */
export function WriteArea({ label, name, rows = 3 }: { label: string; name: string; rows?: number }) {
  const [text, setText] = useState('');
  return (
    <label class="cf-area">
      <span class="cf-line-label">{label}</span>
      <textarea
        class="cf-screen"
        name={name}
        rows={rows}
        autocomplete="off"
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <div class="cf-print cf-area-print" style={{ minHeight: `${rows * 8}mm` }} aria-hidden="true">
        {text}
      </div>
    </label>
  );
}
