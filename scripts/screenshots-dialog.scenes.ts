/** Fake dialog props for scripts/screenshots-dialog.ts, built from samples/ and their truth boxes. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import type { ImageView } from '../components/dialog/types';
import type { ConsentDialogProps } from '../components/dialog/types';
import type { Box, IdentifierFinding, Report } from '../lib/engine/report';
import { withPolicyDefaults } from '../lib/settings/dialog-policy';
import { findPostContext } from '../lib/dialog/post-context';
import { initialBoxes } from '../lib/dialog/review-boxes';
import { useCatalogue, type Catalogue } from '../lib/i18n';
import { DEFAULT_CONSENT_STATEMENT } from '../lib/settings/schema';

const SAMPLES = resolve(import.meta.dirname, '../samples');
useCatalogue(JSON.parse(readFileSync(resolve(import.meta.dirname, '../public/_locales/en_GB/messages.json'), 'utf8')) as Catalogue);
export const SAMPLE_FILES = ['endoscopy-identifiable.jpg', 'endoscopy-clean.jpg', 'radiology-screenshot.jpg', 'camera-exif.jpg'];

interface Truth {
  file: string;
  identifiers: IdentifierFinding[];
  otherText: { text: string; box: Box }[];
  width: number;
  height: number;
}

const truths = new Map(
  readFileSync(join(SAMPLES, 'truth.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Truth)
    .map((t) => [t.file, t]),
);

/** A report as the engine would give it for a sample: its identifiers, the other (non-label) text, and `extra`. */
function reportOf(file: string, extra: Partial<Report> = {}): Report {
  const truth = truths.get(file)!;
  const other = truth.otherText.filter((o) => !o.text.trim().endsWith(':') && o.text.trim().length > 2).slice(0, 4);
  return {
    file,
    width: truth.width,
    height: truth.height,
    verdict: truth.identifiers.length > 0 ? 'identifiable' : 'review',
    faces: [],
    text: [...truth.identifiers.map((i) => ({ box: i.box, text: i.text })), ...other],
    identifiers: truth.identifiers,
    metadata: [],
    timings: {},
    ...extra,
  };
}

/** The sample with its boxes painted black, as the redacted preview shows it. */
async function redactedCopy(site: string, file: string, boxes: Box[]): Promise<string> {
  const out = `redacted-${file.replace(/\.\w+$/, '.png')}`;
  const overlays = boxes.map(([x, y, w, h]) => ({
    input: { create: { width: Math.max(1, Math.round(w + 8)), height: Math.max(1, Math.round(h + 8)), channels: 3 as const, background: '#000' } },
    left: Math.max(0, Math.round(x - 4)),
    top: Math.max(0, Math.round(y - 4)),
  }));
  await sharp(join(SAMPLES, file)).composite(overlays).png().toFile(join(site, out));
  return out;
}

async function reviewed(site: string, report: Report): Promise<ImageView> {
  const boxes = initialBoxes(report);
  const url = await redactedCopy(site, report.file, boxes.map((b) => b.box));
  return { name: report.file, url: report.file, report, boxes, preview: { status: 'ready', url } };
}

/** A scene: the dialog's props, and which viewports and colour schemes it is shot in. */
export interface Scene {
  props: Partial<ConsentDialogProps>;
  /** Reduced motion off: the clear notice's moving bar. Default: reduced motion on. */
  motion?: boolean;
}

/** The endoscopy sample as the real engine read it (npm run scan -- --json samples/endoscopy-identifiable.jpg). */
const ENGINE_ENDOSCOPY = JSON.parse(readFileSync(join(import.meta.dirname, 'screenshots-dialog.endoscopy-report.json'), 'utf8')) as Report;

/** Scene name → props (callbacks are filled in by the preview page). */
export async function scenes(site: string): Promise<Record<string, Scene>> {
  const findings = await reviewed(site, ENGINE_ENDOSCOPY);
  const post = findPostContext('Interesting case from my list this morning');
  const exif = reportOf('camera-exif.jpg', {
    verdict: 'identifiable',
    metadata: [
      { tag: 'GPS:Position', value: '51.50070, -0.12460' },
      { tag: 'EXIF:DateTimeOriginal', value: '2024-03-12 09:41:07' },
      { tag: 'EXIF:Artist', value: 'Dr A. Example' },
    ],
  });
  const clean = reportOf('endoscopy-clean.jpg');
  const policy = withPolicyDefaults({ orgName: 'Northshire NHS Foundation Trust', igContact: 'ig.team@northshire.example.nhs.uk' });
  const kept = withPolicyDefaults({ ...policy, keptLabels: ['BLI', 'Iris:Avg', 'CVP:1'] });
  const keptFindings = { ...findings, boxes: initialBoxes(ENGINE_ENDOSCOPY, kept.keptLabels) };
  const timedOut = { name: 'endoscopy-identifiable.jpg', url: 'endoscopy-identifiable.jpg', boxes: [], failure: { code: 'timeout' as const, message: 'Timed out' } };
  const base = { images: [findings], postFindings: post, policy, siteName: 'X' };
  return {
    checking: { props: { images: [{ ...findings, report: undefined, preview: undefined }, { name: 'radiology-screenshot.jpg', boxes: [] }, { name: 'camera-exif.jpg', boxes: [] }] } },
    findings: { props: base },
    'findings-kept': { props: { ...base, images: [keptFindings], policy: kept } },
    'findings-multi': { props: { images: [await reviewed(site, reportOf('radiology-screenshot.jpg')), await reviewed(site, exif)], postFindings: post, policy, siteName: 'X' } },
    review: { props: { images: [await reviewed(site, clean)], policy } },
    clear: { props: { images: [{ name: clean.file, url: clean.file, report: { ...clean, verdict: 'clear', text: [] }, boxes: [] }], autoContinue: true }, motion: true },
    'clear-reduced-motion': { props: { images: [{ name: clean.file, url: clean.file, report: { ...clean, verdict: 'clear', text: [] }, boxes: [] }], autoContinue: true } },
    error: {
      props: {
        images: [{ name: 'IMG_2043.HEIC', boxes: [], failure: { code: 'unsupported-image', message: 'HEIC' } }, timedOut],
        policy,
      },
    },
    'error-covered': { props: { images: [timedOut], policy } },
    paths: { props: base },
    checklist: { props: base },
    'false-alarm': { props: base },
    reviewer: { props: base },
    'reviewer-zoom': { props: base },
    'reviewer-redacted': { props: base },
    'reviewer-keyboard': { props: base },
    'mode-warn': { props: { ...base, policy: { ...policy, mode: 'warn' } } },
    'mode-confirm': { props: { ...base, policy: { ...policy, otherReasons: ['Approved by the clinical photography team'] } } },
    'mode-block': { props: { ...base, policy: { ...policy, mode: 'block' } } },
    profile: { props: { ...base, profile: { siteName: 'X', limit: 160, text: DEFAULT_CONSENT_STATEMENT, status: 'absent' } } },
  };
}
