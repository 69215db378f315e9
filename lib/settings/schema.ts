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

/** Default consent statement offered for the user's social media profile (fits X's 160 characters). */
export const DEFAULT_CONSENT_STATEMENT =
  'Patient images are shared with written consent or are fully anonymised, in line with GMC guidance.';

/** Every setting, in the order the options page and the admin templates list them. */
export const SETTING_DEFINITIONS: { [K in SettingKey]: SettingDefinition<Settings[K]> } = {
  enforcementMode: {
    type: 'string', group: 'enforcement', default: 'confirm', enum: ['off', 'audit', 'warn', 'confirm', 'block'],
    title: 'Enforcement mode',
    description: 'off: check nothing, record nothing. audit: the image goes to the site at once; it is checked in the background and the result recorded, without interrupting. warn: one notice with the findings; one click attaches the original. confirm: attaching the original needs written consent, a false-alarm judgement or an other reason from your list. block: images with findings can only be redacted or cancelled.',
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
    title: 'Profile consent statement',
    description: 'The statement the dialog offers for the user\'s social media profile (bio or About), to copy and paste themselves. Empty: no offer.',
  },
  consentFormWording: {
    type: 'string', group: 'organisation', default: '', multiline: true,
    title: 'Extra wording on the patient consent form',
    description: 'Your organisation\'s own paragraph, printed on the patient consent form (for example where forms are kept).',
  },
  otherReasons: {
    type: 'array', group: 'dialog', default: [],
    title: 'Other accepted reasons to attach an original',
    description: 'Reasons, besides written consent and a false alarm, for which your organisation lets users attach the original of an image with findings (for example "Approved by the clinical photography team"). The user picks one; it is recorded. Empty: no other reason is offered.',
  },
  hospitalNumberPatterns: {
    type: 'array', group: 'detection', default: [],
    title: 'Hospital number patterns',
    description: 'Regular expressions for your local hospital (MRN) numbers, for example ^RX[0-9]{7}$. Invalid patterns are ignored.',
  },
  keptLabels: {
    type: 'array', group: 'detection', default: [],
    title: 'Labels that may stay',
    description: 'Text on an image that is safe to leave in place, such as an endoscope\'s BLI or ZOOM or a scale bar. A kept label is listed but not covered in a redacted copy. Anything the identifier rules recognise (a name, a date, a number, a place) can never be kept. When your organisation sets this list, users cannot change it.',
  },
  organisationKeptLabels: {
    type: 'array', group: 'detection', default: [],
    title: 'Labels your organisation lets stay',
    description: 'Labels kept for everyone, on top of each user\'s own list, which users cannot remove. Set "Labels that may stay" instead to fix the whole list.',
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
    description: 'When on, an original attached through the dialog is re-encoded from its pixels without EXIF, GPS or other metadata (redacted copies never carry metadata). When off, the original\'s exact bytes are attached.',
  },
  onCheckFailure: {
    type: 'string', group: 'enforcement', default: 'warn', enum: ['hold', 'warn', 'allow'],
    title: 'When an image cannot be checked',
    description: 'hold: the image cannot be attached (only Cancel). warn: the user is told and may attach it after confirming it is consented or identifies nobody. allow: it is attached without asking and the failure is recorded.',
  },
  auditRetentionDays: {
    type: 'integer', group: 'audit', default: 90, minimum: 0, maximum: 3650,
    title: 'Keep the audit log for (days)',
    description: 'Entries older than this are deleted. 0 keeps no log. When your organisation sets this, users cannot clear the log from the options page.',
  },
  noticeOnClearImages: {
    type: 'boolean', group: 'dialog', default: true,
    title: 'Let clear images through after a short notice',
    description: 'When nothing at all is found, show a short "nothing found, please check" notice for 3 seconds, then attach the image. When off, the user must always choose, because checks can miss things.',
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
