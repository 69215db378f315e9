import type { IdentifierFinding } from '../../lib/engine/report';
import { describeIdentifier, describeMetadata, keptText, readText, regionOf, unmatchedText } from '../../lib/dialog/findings';
import { describePostFinding } from '../../lib/dialog/post-context';
import { failureOf } from '../../lib/dialog/status';
import { t } from '../../lib/i18n';
import { canKeepLabel } from '../../lib/settings/kept-labels';
import type { ImageView } from './types';

interface Props {
  images: ImageView[];
  postFindings: IdentifierFinding[];
  /** Labels that may stay (policy, the user's list and any kept "always" in this dialog). */
  kept: readonly string[];
  canKeepAlways: boolean;
  /** Leave a text region uncovered on this image, or on every image from now on. */
  onKeep(imageIndex: number, regionIndex: number, always: boolean): void;
  /** Cover a text region the user had kept on this image. */
  onCover(imageIndex: number, regionIndex: number): void;
}

/**
 * Everything found, in one list grouped by kind (patient details, faces, post and file names, metadata, other
 * text), most serious first. What was not found is one quiet line at the end: "not found" never means "safe".
 */
export function FindingGroups({ images, postFindings, kept, canKeepAlways, onKeep, onCover }: Props) {
  const many = images.length > 1;
  const where = (text: string, i: number) => (many ? t('dialog_on_image', [text, i + 1]) : text);
  const checked = images.map((image, i) => ({ image, i, report: failureOf(image) ? undefined : image.report })).filter((c) => c.report);
  const covered = (image: ImageView, id: string) => image.boxes.some((b) => b.id === id);

  const identifiers = checked.flatMap(({ image, i, report }) =>
    report!.identifiers
      .map((id, n) => ({
        key: `${i}-${n}`,
        at: id.box,
        text: where(describeIdentifier(id, regionOf(report!, id)), i),
        uncovered: !covered(image, `id-${n}`),
      }))
      .sort((a, b) => a.at[1] - b.at[1] || a.at[0] - b.at[0]),
  );
  const faces = checked.filter(({ report }) => report!.faces.length > 0).map(({ report, i }) => where(report!.faces.length === 1 ? t('dialog_faces_one') : t('dialog_faces_many', report!.faces.length), i));
  const metadata = checked.flatMap(({ report, i }) => report!.metadata.map((m) => where(describeMetadata(m), i)));
  const keptHere = new Set(checked.flatMap(({ report }) => keptText(report!, kept).map((r) => r.text)));
  const other = checked.flatMap(({ image, report, i }) =>
    unmatchedText(report!)
      .filter((r) => !keptText(report!, kept).some((k) => k.index === r.index))
      .map((r) => ({ image: i, region: r.index, text: readText(r.text), raw: r.text, kept: !covered(image, `text-${r.index}`) })),
  );
  const notFound = [
    checked.length > 0 && faces.length === 0 ? t('dialog_not_found_faces') : '',
    checked.length > 0 && identifiers.length === 0 ? t('dialog_not_found_identifiers') : '',
    checked.length > 0 && metadata.length === 0 ? t('dialog_not_found_metadata') : '',
  ].filter(Boolean);

  return (
    <div class="cg-groups">
      {identifiers.length > 0 && (
        <Group kind="identifier" heading={t('dialog_group_identifier')}>
          <ul class={`cg-items${identifiers.length > 4 ? ' cg-two-col' : ''}`}>
            {identifiers.map((item) => (
              <li key={item.key} class="cg-item">
                {item.text}
                {item.uncovered && <span class="cg-muted cg-small"> ({t('dialog_not_covered')})</span>}
              </li>
            ))}
          </ul>
        </Group>
      )}
      {faces.length > 0 && (
        <Group kind="face" heading={t('dialog_group_face')}>
          <ul class="cg-items">{faces.map((text) => <li key={text} class="cg-item">{text}</li>)}</ul>
        </Group>
      )}
      {postFindings.length > 0 && (
        <Group kind="post" heading={t('dialog_group_post')}>
          <ul class="cg-items">{postFindings.map((f, n) => <li key={n} class="cg-item">{describePostFinding(f)}</li>)}</ul>
        </Group>
      )}
      {metadata.length > 0 && (
        <Group kind="metadata" heading={t('dialog_group_metadata')}>
          <ul class="cg-items">{metadata.map((text) => <li key={text} class="cg-item">{text}</li>)}</ul>
        </Group>
      )}
      {other.length > 0 && (
        <Group kind="text" heading={t('dialog_group_text')}>
          <p class="cg-muted cg-small cg-group-hint">{t('dialog_group_text_hint')}</p>
          <ul class="cg-chips">
            {other.map((o) => (
              <li key={`${o.image}-${o.region}`} class={`cg-chip${o.kept ? ' is-kept' : ''}`}>
                <span class="cg-chip-text">{many ? t('dialog_on_image', [`‘${o.text}’`, o.image + 1]) : `‘${o.text}’`}</span>
                {o.kept ? (
                  <>
                    <span class="cg-small cg-muted">{t('dialog_kept_here')}</span>
                    <button type="button" class="cg-link-button" aria-label={t('dialog_cover_again_label', o.text)} onClick={() => onCover(o.image, o.region)}>
                      {t('dialog_cover_again')}
                    </button>
                  </>
                ) : (
                  canKeepLabel(o.raw) && (
                    <button type="button" class="cg-link-button" aria-label={t('dialog_keep_label', o.text)} onClick={() => onKeep(o.image, o.region, false)}>
                      {t('dialog_keep')}
                    </button>
                  )
                )}
                {o.kept && canKeepAlways && canKeepLabel(o.raw) && (
                  <button type="button" class="cg-link-button" aria-label={t('dialog_keep_always_label', o.text)} onClick={() => onKeep(o.image, o.region, true)}>
                    {t('dialog_keep_always')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </Group>
      )}
      {keptHere.size > 0 && (
        <p class="cg-muted cg-small cg-kept-line">
          {t('dialog_group_kept')}: {[...keptHere].map((k) => `‘${readText(k)}’`).join(', ')}
        </p>
      )}
      {notFound.length > 0 && <p class="cg-muted cg-small">{t('dialog_not_found', notFound.join(', '))}</p>}
    </div>
  );
}

function Group({ kind, heading, children }: { kind: string; heading: string; children: preact.ComponentChildren }) {
  const id = `cg-group-${kind}`;
  return (
    <section class={`cg-group cg-group-${kind}`} aria-labelledby={id}>
      <h3 id={id} class="cg-group-heading">
        <span class="cg-swatch" aria-hidden="true" />
        {heading}
      </h3>
      {children}
    </section>
  );
}
