import { SITES } from '../sites/registry';
import type { SettingKey, Settings } from './types';

/** One setting as admins and the options page see it. The single source of truth for defaults and the policy schema. */
export type SettingDefinition<V> = {
  title: string;
  description: string;
  /** Options page group. */
  group: 'enforcement' | 'sites' | 'organisation' | 'dialog' | 'detection' | 'audit';
  default: V;
} & ([V] extends [boolean]
  ? { type: 'boolean' }
  : [V] extends [number]
    ? { type: 'integer'; minimum: number; maximum: number }
    : [V] extends [string[]]
      ? { type: 'array'; itemEnum?: readonly string[] }
      : { type: 'string'; enum?: readonly V[]; multiline?: boolean });

/** Any definition, for code that walks all of them (validation, schema and template generators). */
export interface LooseDefinition {
  title: string;
  description: string;
  group: string;
  default: unknown;
  type: 'boolean' | 'integer' | 'string' | 'array';
  enum?: readonly string[];
  itemEnum?: readonly string[];
  minimum?: number;
  maximum?: number;
  multiline?: boolean;
}

/** The definition of `key` without its value type. */
export const definitionOf = (key: SettingKey): LooseDefinition => SETTING_DEFINITIONS[key] as LooseDefinition;

const SITE_IDS = SITES.map((s) => s.id);

/** Default reasons offered when a user posts an original image. */
export const DEFAULT_REASONS = [
  'Patient gave written consent for social media (recorded in notes)',
  'Image is fully anonymised (no faces, no overlay text)',
  'Not a patient image',
  'Consent Guard flagged this by mistake',
];

/** Default consent statement for the consent form and profile text. */
export const DEFAULT_CONSENT_STATEMENT =
  'Patient images are shared with written consent or are fully anonymised, in line with GMC guidance.';

/** Every setting, in the order the options page and the admin templates list them. */
export const SETTING_DEFINITIONS: { [K in SettingKey]: SettingDefinition<Settings[K]> } = {
  enforcementMode: {
    type: 'string', group: 'enforcement', default: 'confirm', enum: ['off', 'audit', 'warn', 'confirm', 'block'],
    title: 'Enforcement mode',
    description: 'off: check nothing. audit: check and record silently. warn: show findings, one click posts. confirm: posting an original needs a consent confirmation. block: identifiable images can only be posted redacted.',
  },
  enabledSites: {
    type: 'array', group: 'sites', default: [...SITE_IDS], itemEnum: SITE_IDS,
    title: 'Sites to protect',
    description: `Sites where attached images are checked. Any of: ${SITE_IDS.join(', ')}.`,
  },
  mastodonInstances: {
    type: 'array', group: 'sites', default: [],
    title: 'Mastodon instances',
    description: 'Extra Mastodon servers to protect, as https origins, for example https://mastodon.nhs.uk.',
  },
  organisationName: {
    type: 'string', group: 'organisation', default: '',
    title: 'Organisation name',
    description: 'Shown in the dialog and on the consent form, for example "Example NHS Foundation Trust".',
  },
  igContact: {
    type: 'string', group: 'organisation', default: '',
    title: 'Information governance contact',
    description: 'Who staff should ask, shown in the dialog, for example "IG team, ig@example.nhs.uk, ext 1234".',
  },
  customMessage: {
    type: 'string', group: 'organisation', default: '', multiline: true,
    title: 'Message in the dialog',
    description: 'A short message from your organisation shown in the dialog (up to 300 characters).',
  },
  learnMoreUrl: {
    type: 'string', group: 'organisation', default: '',
    title: 'Learn more link',
    description: 'An https link to your social media or clinical photography policy, shown in the dialog.',
  },
  consentStatementText: {
    type: 'string', group: 'dialog', default: DEFAULT_CONSENT_STATEMENT, multiline: true,
    title: 'Consent statement',
    description: 'The statement users confirm before posting an original image, also used on the consent form.',
  },
  consentFormWording: {
    type: 'string', group: 'organisation', default: '', multiline: true,
    title: 'Extra wording on the patient consent form',
    description: 'Your organisation\'s own paragraph, printed on the patient consent form (for example where forms are kept).',
  },
  allowPostOriginal: {
    type: 'boolean', group: 'dialog', default: true,
    title: 'Allow posting the original image',
    description: 'When off, the dialog offers only a redacted copy or cancelling.',
  },
  requireReason: {
    type: 'boolean', group: 'dialog', default: false,
    title: 'Require a reason to post the original',
    description: 'When on, the user must pick a reason from the list; it is recorded in the local audit log.',
  },
  reasonList: {
    type: 'array', group: 'dialog', default: [...DEFAULT_REASONS],
    title: 'Reasons offered',
    description: 'The reasons a user can choose when posting an original image.',
  },
  hospitalNumberPatterns: {
    type: 'array', group: 'detection', default: [],
    title: 'Hospital number patterns',
    description: 'Regular expressions for your local hospital (MRN) numbers, for example ^RX[0-9]{7}$. Invalid patterns are ignored.',
  },
  faceDetection: {
    type: 'boolean', group: 'detection', default: true,
    title: 'Detect faces',
    description: 'Look for faces in attached images.',
  },
  redactionStyle: {
    type: 'string', group: 'detection', default: 'fill', enum: ['fill', 'pixelate'],
    title: 'How faces are hidden',
    description: 'fill: solid box (irreversible, recommended). pixelate: coarse blocks. Text is always filled.',
  },
  alwaysStripMetadata: {
    type: 'boolean', group: 'detection', default: true,
    title: 'Always remove metadata',
    description: 'Remove EXIF, GPS and other metadata from every image posted through the dialog.',
  },
  onCheckFailure: {
    type: 'string', group: 'enforcement', default: 'warn', enum: ['hold', 'warn', 'allow'],
    title: 'When an image cannot be checked',
    description: 'hold: the image cannot be posted. warn: the user is told and may continue. allow: post without asking.',
  },
  auditRetentionDays: {
    type: 'integer', group: 'audit', default: 90, minimum: 0, maximum: 3650,
    title: 'Keep the audit log for (days)',
    description: 'Entries older than this are deleted. 0 keeps no log.',
  },
  noticeOnClearImages: {
    type: 'boolean', group: 'dialog', default: true,
    title: 'Let clear images through after a short notice',
    description: 'When nothing is found, show a short "nothing found, please check" notice, then post. When off, the user must always choose, because checks can miss things.',
  },
};

/** Setting keys in definition order. */
export const SETTING_KEYS = Object.keys(SETTING_DEFINITIONS) as SettingKey[];

/** The built-in defaults. */
export function defaultSettings(): Settings {
  const entries = SETTING_KEYS.map((k) => {
    const d = SETTING_DEFINITIONS[k].default;
    return [k, Array.isArray(d) ? [...d] : d];
  });
  return Object.fromEntries(entries) as Settings;
}
