import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { httpsOrigin } from '../../lib/settings';

export interface MastodonInstancesProps {
  instances: string[];
  locked: boolean;
  /** Resolves to an error message, or undefined when the server was added. */
  onAdd(origin: string): Promise<string | undefined>;
  onRemove(origin: string): void;
}

/** The Mastodon servers Consent Guard protects, with an add form (the browser asks for permission). */
export function MastodonInstances({ instances, locked, onAdd, onRemove }: MastodonInstancesProps) {
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<string>();
  const submit = async (e: Event) => {
    e.preventDefault();
    const origin = httpsOrigin(draft);
    if (!origin) return setMessage(t('options_mastodon_invalid'));
    const error = await onAdd(origin);
    setMessage(error ?? t('options_mastodon_added', origin));
    if (!error) setDraft('');
  };
  return (
    <div class={`cg-field${locked ? ' is-locked' : ''}`}>
      <h3 id="mastodon-title">{t('options_mastodon_title')}</h3>
      <p class="cg-hint">{t('options_mastodon_hint')}</p>
      {instances.length === 0 ? (
        <p class="cg-empty">{t('options_mastodon_empty')}</p>
      ) : (
        <ul class="cg-list" aria-labelledby="mastodon-title">
          {instances.map((origin) => (
            <li key={origin}>
              <span>{origin}</span>
              {!locked && (
                <button type="button" class="cg-link-button" onClick={() => onRemove(origin)} aria-label={t('options_mastodon_remove_label', origin)}>
                  {t('options_remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {locked ? (
        <p class="cg-locked">{t('options_locked')}</p>
      ) : (
        <form class="cg-inline-form" onSubmit={(e) => void submit(e)}>
          <label for="mastodon-add">{t('options_mastodon_add_label')}</label>
          <input id="mastodon-add" type="text" inputMode="url" placeholder="mastodon.example.nhs.uk" value={draft}
            onInput={(e) => setDraft(e.currentTarget.value)} />
          <button type="submit">{t('options_mastodon_add')}</button>
        </form>
      )}
      {message && <p role="status" class="cg-hint">{message}</p>}
    </div>
  );
}
