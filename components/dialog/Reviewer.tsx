import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Box } from '../../lib/engine/report';
import { keptText, readText, unmatchedText } from '../../lib/dialog/findings';
import { adjustBox } from '../../lib/dialog/review-boxes';
import { t } from '../../lib/i18n';
import { canKeepLabel } from '../../lib/settings/kept-labels';
import { Legend } from './Legend';
import { ReviewStage } from './ReviewStage';
import type { ImageView } from './types';

/** What the reviewer may change on its image; every change is one undo step (a drag is one step). */
export interface ReviewerEdits {
  add(box: Box): string;
  update(id: string, box: Box): void;
  remove(id: string): void;
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
  settle(): void;
  keep(regionIndex: number, always: boolean): void;
  cover(regionIndex: number): void;
}

interface Props {
  image: ImageView;
  size: { width: number; height: number };
  kept: readonly string[];
  canKeepAlways: boolean;
  edits: ReviewerEdits;
  onClose(): void;
}

const ZOOM_STEP = 1.25;
const MAX_ZOOM = 8;

/**
 * The full-size reviewer: the image at any zoom with its areas, a legend, each area's reading and reason, the redacted
 * copy on a toggle, and every edit by mouse or keyboard with undo and redo. Escape closes it, never the dialog.
 */
export function Reviewer({ image, size, kept, canKeepAlways, edits, onClose }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState(0.25);
  const [zoom, setZoom] = useState<number>();
  const [view, setView] = useState<'marked' | 'redacted'>('marked');
  const [selected, setSelected] = useState<string>();
  const [panning, setPanning] = useState(false);
  const [announce, setAnnounce] = useState('');
  const scale = zoom ?? fit;
  const { width, height } = size;
  const report = image.report;
  const keptRegions = report ? keptText(report, kept) : [];
  const keptHere = report ? unmatchedText(report).filter((r) => !keptRegions.some((k) => k.index === r.index) && !image.boxes.some((b) => b.id === `text-${r.index}`)) : [];

  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const measure = () => setFit(Math.min(MAX_ZOOM, Math.max(0.02, Math.min((el.clientWidth - 24) / width, (el.clientHeight - 24) / height))));
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    observer?.observe(el);
    return () => observer?.disconnect();
  }, [width, height]);
  useEffect(() => root.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus(), []);
  useEffect(() => {
    if (selected && !image.boxes.some((b) => b.id === selected)) setSelected(undefined);
  }, [image.boxes, selected]);

  /** Zooms keeping the point under `anchor` (client coordinates; default the viewport's centre) where it is. */
  const zoomTo = (next: number | undefined, anchor?: { clientX: number; clientY: number }) => {
    const el = viewport.current;
    const target = next === undefined ? fit : Math.min(MAX_ZOOM, Math.max(fit / 2, next));
    if (!el) return setZoom(next === undefined ? undefined : target);
    const rect = el.getBoundingClientRect();
    const ax = (anchor?.clientX ?? rect.left + el.clientWidth / 2) - rect.left;
    const ay = (anchor?.clientY ?? rect.top + el.clientHeight / 2) - rect.top;
    const ix = (el.scrollLeft + ax) / scale;
    const iy = (el.scrollTop + ay) / scale;
    setZoom(next === undefined ? undefined : target);
    requestAnimationFrame(() => {
      el.scrollLeft = ix * target - ax;
      el.scrollTop = iy * target - ay;
    });
  };

  const select = (id: string | undefined) => {
    setSelected(id);
    const box = image.boxes.find((b) => b.id === id);
    if (box) setAnnounce(t('reviewer_selected', box.label));
  };

  const addInView = () => {
    const el = viewport.current;
    const w = Math.max(16, Math.round(Math.min(width, (el?.clientWidth ?? width * scale) / scale) / 5));
    const h = Math.max(16, Math.round(w / 2));
    const cx = el ? (el.scrollLeft + el.clientWidth / 2) / scale : width / 2;
    const cy = el ? (el.scrollTop + el.clientHeight / 2) / scale : height / 2;
    const id = edits.add([cx - w / 2, cy - h / 2, w, h]);
    setView('marked');
    select(id);
    setAnnounce(t('reviewer_added'));
    root.current?.querySelector<HTMLElement>('[data-testid="review-stage"]')?.focus();
  };

  const remove = (id: string) => {
    const box = image.boxes.find((b) => b.id === id);
    edits.remove(id);
    setSelected(undefined);
    if (box) setAnnounce(t('reviewer_removed', box.label));
  };

  const onKey = (event: KeyboardEvent) => {
    const ctrl = event.ctrlKey || event.metaKey;
    const key = event.key;
    const inStage = (event.target as Element).closest?.('[data-testid="review-stage"]');
    if (key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (selected) select(undefined);
      else onClose();
      return;
    }
    if (ctrl && key.toLowerCase() === 'z') {
      event.preventDefault();
      if (event.shiftKey) edits.redo();
      else edits.undo();
      return;
    }
    if (ctrl && key.toLowerCase() === 'y') {
      event.preventDefault();
      edits.redo();
      return;
    }
    if (ctrl) return;
    if (key === '+' || key === '=') return void (event.preventDefault(), zoomTo(scale * ZOOM_STEP));
    if (key === '-' || key === '_') return void (event.preventDefault(), zoomTo(scale / ZOOM_STEP));
    if (key === '0') return void (event.preventDefault(), zoomTo(undefined));
    if (key === ' ' && inStage) {
      event.preventDefault();
      setPanning(true);
      return;
    }
    const box = image.boxes.find((b) => b.id === selected);
    if (!box || view !== 'marked') return;
    if (key === 'Delete' || key === 'Backspace') {
      event.preventDefault();
      remove(box.id);
      return;
    }
    const step = Math.max(1, Math.round((event.altKey ? 1 : 8) / scale));
    const arrows: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const delta = arrows[key];
    if (!delta) return;
    event.preventDefault();
    const change = event.shiftKey ? { dw: delta[0], dh: delta[1] } : { dx: delta[0], dy: delta[1] };
    edits.update(box.id, adjustBox(box.box, change, width, height));
  };

  const onKeyUp = (event: KeyboardEvent) => {
    if (event.key === ' ') setPanning(false);
    if (event.key.startsWith('Arrow')) edits.settle();
  };

  const preview = image.preview;
  const showRedacted = view === 'redacted';
  const pct = Math.round(scale * 100);
  const zoomLabel = t('reviewer_zoom_level', pct);

  return (
    <div
      ref={root}
      class="cg-reviewer"
      role="dialog"
      aria-modal="true"
      aria-labelledby="cg-reviewer-title"
      onKeyDown={onKey}
      onKeyUp={onKeyUp}
      onWheel={(event) => {
        if (!event.ctrlKey) return;
        event.preventDefault();
        zoomTo(scale * (event.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP), event);
      }}
    >
      <header class="cg-rv-bar">
        <h2 id="cg-reviewer-title" class="cg-rv-title">
          {t('reviewer_title', image.name)}
        </h2>
        <div class="cg-rv-tools" role="toolbar" aria-label={t('reviewer_tools')}>
          <div class="cg-rv-toolgroup">
            <button type="button" aria-label={t('reviewer_zoom_out')} title={t('reviewer_zoom_out')} onClick={() => zoomTo(scale / ZOOM_STEP)}>
              −
            </button>
            <span class="cg-rv-zoom" aria-live="polite">{zoomLabel}</span>
            <button type="button" aria-label={t('reviewer_zoom_in')} title={t('reviewer_zoom_in')} onClick={() => zoomTo(scale * ZOOM_STEP)}>
              +
            </button>
            <button type="button" onClick={() => zoomTo(undefined)}>
              {t('reviewer_fit')}
            </button>
          </div>
          <div class="cg-rv-toolgroup cg-rv-toggle" role="group" aria-label={t('reviewer_view')}>
            <button type="button" aria-pressed={!showRedacted} onClick={() => setView('marked')}>
              {t('reviewer_show_original')}
            </button>
            <button type="button" aria-pressed={showRedacted} onClick={() => setView('redacted')}>
              {t('reviewer_show_redacted')}
            </button>
          </div>
          <div class="cg-rv-toolgroup">
            <button type="button" onClick={addInView}>
              {t('reviewer_add')}
            </button>
            <button type="button" disabled={!edits.canUndo} onClick={edits.undo}>
              {t('reviewer_undo')}
            </button>
            <button type="button" disabled={!edits.canRedo} onClick={edits.redo}>
              {t('reviewer_redo')}
            </button>
          </div>
          <button type="button" class="cg-primary" data-autofocus onClick={onClose}>
            {t('reviewer_done')}
          </button>
        </div>
      </header>
      <p class="cg-visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>
      <div class="cg-rv-main">
        <div class="cg-rv-viewport" ref={viewport}>
          <ReviewStage
            url={showRedacted ? (preview?.status === 'ready' ? preview.url : undefined) : image.url}
            alt={showRedacted ? t('dialog_preview_alt', image.name) : t('dialog_boxes_on_image', [image.name, image.boxes.length])}
            width={width}
            height={height}
            zoom={scale}
            boxes={image.boxes}
            kept={keptRegions.map((r) => ({ box: r.box, text: r.text }))}
            editable={!showRedacted}
            selected={selected}
            panning={panning}
            viewport={() => viewport.current}
            onSelect={select}
            onAdd={(box) => select(edits.add(box))}
            onChange={edits.update}
            onSettle={edits.settle}
          />
          {showRedacted && preview?.status !== 'ready' && (
            <p class="cg-rv-overlay-note" role="status">
              {preview?.status === 'failed' ? t('dialog_preview_failed', preview.error ?? '') : t('reviewer_preview_busy')}
            </p>
          )}
        </div>
        <aside class="cg-rv-side" aria-label={t('reviewer_areas_heading')}>
          {!report && <p class="cg-callout cg-small">{t('reviewer_unchecked')}</p>}
          <Legend />
          <h3>{t('reviewer_areas_heading')}</h3>
          {image.boxes.length === 0 ? (
            <p class="cg-muted cg-small">{t('reviewer_none')}</p>
          ) : (
            <ol class="cg-rv-list">
              {image.boxes.map((b, i) => (
                <li key={b.id} class={`cg-rv-item cg-kind-${b.kind}${b.id === selected ? ' is-selected' : ''}`}>
                  <button type="button" class="cg-rv-select" aria-pressed={b.id === selected} onClick={() => select(b.id === selected ? undefined : b.id)}>
                    <span class="cg-rv-num" aria-hidden="true">{i + 1}</span>
                    <span class="cg-swatch" aria-hidden="true" />
                    <span class="cg-rv-label">{b.label}</span>
                  </button>
                  {b.read && b.kind === 'identifier' && <p class="cg-small cg-muted">{t('reviewer_read', b.read)}</p>}
                  <p class="cg-small cg-muted">{t('reviewer_why', b.why)}</p>
                  <div class="cg-rv-item-actions">
                    <button type="button" class="cg-link-button" aria-label={t('reviewer_remove_label', b.label)} onClick={() => remove(b.id)}>
                      {t('reviewer_remove')}
                    </button>
                    {b.kind === 'text' && b.keepable && canKeepLabel(b.keepable) && (
                      <>
                        <button type="button" class="cg-link-button" aria-label={t('dialog_keep_label', readText(b.keepable))} onClick={() => edits.keep(Number(b.id.slice(5)), false)}>
                          {t('dialog_keep')}
                        </button>
                        {canKeepAlways && (
                          <button type="button" class="cg-link-button" aria-label={t('dialog_keep_always_label', readText(b.keepable))} onClick={() => edits.keep(Number(b.id.slice(5)), true)}>
                            {t('dialog_keep_always')}
                          </button>
                        )}
                      </>
                    )}
                  </div>
                </li>
              ))}
            </ol>
          )}
          {(keptRegions.length > 0 || keptHere.length > 0) && (
            <>
              <h3>{t('reviewer_kept_heading')}</h3>
              <ul class="cg-rv-list">
                {keptRegions.map((r) => (
                  <li key={`k-${r.index}`} class="cg-rv-item cg-kind-kept">
                    <span class="cg-rv-label">‘{readText(r.text)}’</span> <span class="cg-small cg-muted">{t('dialog_kept_always')}</span>
                  </li>
                ))}
                {keptHere.map((r) => (
                  <li key={`h-${r.index}`} class="cg-rv-item cg-kind-kept">
                    <span class="cg-rv-label">‘{readText(r.text)}’</span> <span class="cg-small cg-muted">{t('dialog_kept_here')}</span>{' '}
                    <button type="button" class="cg-link-button" aria-label={t('dialog_cover_again_label', readText(r.text))} onClick={() => edits.cover(r.index)}>
                      {t('dialog_cover_again')}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p class="cg-small cg-muted cg-rv-keys">{t('reviewer_keys')}</p>
        </aside>
      </div>
    </div>
  );
}
