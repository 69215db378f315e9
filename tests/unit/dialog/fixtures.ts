import type { IdentifierFinding, Report } from '../../../lib/engine/report';
import { DEFAULT_DIALOG_POLICY } from '../../../lib/settings/dialog-policy';
import { initialBoxes } from '../../../lib/dialog/review-boxes';
import type { BoxEdits, ConsentDialogProps, ImageView } from '../../../components/dialog/types';

/** Report shapes for the dialog's tests and preview screenshots (synthetic data only). */
export function endoscopyReport(file = 'endoscopy.png'): Report {
  return {
    file,
    width: 1280,
    height: 1024,
    verdict: 'identifiable',
    faces: [],
    text: [
      { box: [32, 60, 103, 12], text: 'TURNER, Jane' },
      { box: [33, 106, 131, 11], text: 'D.O.B: 15/02/1950' },
      { box: [33, 175, 131, 10], text: 'NHS: 999 156 3687' },
      { box: [33, 889, 80, 11], text: 'Eh:A7 Cm:1' },
    ],
    identifiers: [
      { type: 'name', text: 'TURNER, Jane', box: [32, 60, 103, 12] },
      { type: 'date-of-birth', text: '15/02/1950', box: [82, 105, 74, 11] },
      { type: 'nhs-number', text: '999 156 3687', box: [72, 175, 92, 10] },
    ],
    metadata: [],
    timings: {},
  };
}

export function photoReport(file = 'clinic-photo.jpg'): Report {
  return {
    file,
    width: 1600,
    height: 1200,
    verdict: 'identifiable',
    faces: [{ box: [620, 180, 300, 360], score: 0.93 }],
    text: [],
    identifiers: [],
    metadata: [
      { tag: 'GPS:Position', value: '51.50070, -0.12460' },
      { tag: 'EXIF:DateTimeOriginal', value: '2024-03-12 09:41:07' },
    ],
    timings: {},
  };
}

export function clearReport(file = 'endoscopy-clean.png'): Report {
  return { file, width: 1280, height: 1024, verdict: 'clear', faces: [], text: [], identifiers: [], metadata: [], timings: {} };
}

export function reviewReport(file = 'radiograph.png'): Report {
  return { ...clearReport(file), verdict: 'review', text: [{ box: [40, 40, 60, 14], text: 'NBI' }] };
}

export const POST_FINDINGS: IdentifierFinding[] = [{ type: 'time', text: 'this morning', box: [0, 0, 0, 0] }];

export function checked(report: Report, url?: string): ImageView {
  return { name: report.file, url, report, boxes: initialBoxes(report), preview: { status: 'busy' } };
}

/** A box editor that changes nothing (tests that edit use the stateful harness). */
export const NO_EDITS: BoxEdits = {
  add: () => 'user-0',
  update: () => undefined,
  remove: () => undefined,
  restore: () => undefined,
  undo: () => undefined,
  redo: () => undefined,
  canUndo: () => false,
  canRedo: () => false,
  settle: () => undefined,
};

/** Props with every callback a no-op; override what a test needs. */
export function props(overrides: Partial<ConsentDialogProps> = {}): ConsentDialogProps {
  const noop = () => undefined;
  return {
    images: [checked(endoscopyReport())],
    postFindings: [],
    policy: DEFAULT_DIALOG_POLICY,
    autoContinue: false,
    busy: false,
    onCancel: noop,
    onRedact: noop,
    onPostOriginal: noop,
    edits: NO_EDITS,
    onKeep: noop,
    onCover: noop,
    onRetry: noop,
    onPostNow: noop,
    onOpenConsentForm: noop,
    onOpenProfileSettings: noop,
    onCopyStatement: async () => true,
    onDismissProfile: noop,
    onStopAutoContinue: noop,
    ...overrides,
  };
}
