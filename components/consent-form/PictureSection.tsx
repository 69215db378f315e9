import { useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { LineField, TickBox, WriteArea } from './fields';
import { usePicture } from './usePicture';

/**
 * Section 1: a description of the picture, an optional printed copy, "I have seen it", and whether anything that
 * could show who the patient is (a face, a name, a number) will show: consent can cover an identifiable picture.
 */
export function PictureSection() {
  const picture = usePicture();
  const input = useRef<HTMLInputElement>(null);
  const remove = () => {
    picture.choose(undefined);
    if (input.current) input.current.value = '';
  };
  return (
    <section class="cf-section" aria-labelledby="cf-h-picture">
      <h2 id="cf-h-picture">{t('form_h_picture')}</h2>
      <p>{t('form_picture_kinds')}</p>
      <div class="cf-picture-row">
        <WriteArea label={t('form_picture_describe')} name="picture-description" rows={picture.url ? 5 : 3} />
        {picture.url && <img class="cf-picture" src={picture.url} alt={t('form_picture_alt')} />}
      </div>
      <div class="cf-screen cf-picker">
        <label>
          <span class="cf-line-label">{t('form_screen_picture_add')}</span>
          <input
            ref={input}
            type="file"
            accept="image/*"
            autocomplete="off"
            onChange={(e) => picture.choose(e.currentTarget.files?.[0])}
          />
        </label>
        {picture.url && (
          <button type="button" onClick={remove}>
            {t('form_screen_picture_remove')}
          </button>
        )}
        <p class="cf-note">{t('form_screen_picture_note')}</p>
      </div>
      <TickBox name="picture-shown">{t('form_picture_shown')}</TickBox>
      <h3>{t('form_h_show')}</h3>
      <p>{t('form_show_hint')}</p>
      <div class="cf-ticks">
        <TickBox name="show-nothing">{t('form_show_nothing')}</TickBox>
        <TickBox name="show-identifiable">{t('form_show_identifiable')}</TickBox>
      </div>
      <LineField label={t('form_show_what')} name="show-what" wide />
    </section>
  );
}
