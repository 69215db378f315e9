import { canKeepLabel } from './kept-labels';
import { definitionOf, SETTING_KEYS, type LooseDefinition } from './schema';
import type { SettingKey, Settings } from './types';

/** What survived validation, and which keys had something ignored. */
export interface Sanitised {
  values: Partial<Settings>;
  /** Keys whose value (or some of whose items) was invalid and ignored. */
  rejected: SettingKey[];
  /** Keys this version does not know (for example settings an older version had), ignored. At most 20, shortened. */
  unknown: string[];
}

const MAX_TEXT = 2000;
const MAX_MESSAGE = 300;
const MAX_ITEMS = 50;
const MAX_PATTERN = 200;

/**
 * Keeps only valid settings from untrusted input (managed policy, stored user settings).
 * Firefox applies no schema to policy, and old stored values may predate a change, so nothing is trusted.
 * Unknown keys and invalid values are dropped and reported. Never throws.
 */
export function sanitiseSettings(raw: unknown): Sanitised {
  const values: Partial<Record<SettingKey, unknown>> = {};
  const rejected: SettingKey[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { values: {}, rejected, unknown: [] };
  const input = raw as Record<string, unknown>;
  const known = new Set<string>(SETTING_KEYS);
  const unknown = Object.keys(input).filter((k) => !known.has(k)).slice(0, 20).map((k) => k.slice(0, 60));
  for (const key of SETTING_KEYS) {
    if (!(key in input) || input[key] === undefined || input[key] === null) continue;
    const { value, clean } = sanitiseValue(key, definitionOf(key), input[key]);
    if (value !== undefined) values[key] = value;
    if (!clean) rejected.push(key);
  }
  return { values: values as Partial<Settings>, rejected, unknown };
}

function sanitiseValue(key: SettingKey, def: LooseDefinition, raw: unknown): { value: unknown; clean: boolean } {
  switch (def.type) {
    case 'boolean':
      if (typeof raw === 'boolean') return { value: raw, clean: true };
      // Registry DWORDs and hand-written policies.json often say 0/1.
      if (raw === 0 || raw === 1) return { value: raw === 1, clean: true };
      return { value: undefined, clean: false };
    case 'integer': {
      const n = typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw) : raw;
      if (typeof n === 'number' && Number.isInteger(n) && n >= (def.minimum ?? 0) && n <= (def.maximum ?? Infinity)) return { value: n, clean: true };
      return { value: undefined, clean: false };
    }
    case 'string': {
      if (typeof raw !== 'string') return { value: undefined, clean: false };
      const text = raw.trim();
      const allowed = def.enum;
      if (allowed && !allowed.includes(text)) return { value: undefined, clean: false };
      if (key === 'learnMoreUrl' && text !== '' && !isHttpsUrl(text)) return { value: undefined, clean: false };
      const limit = key === 'customMessage' ? MAX_MESSAGE : MAX_TEXT;
      return { value: text.slice(0, limit), clean: text.length <= limit };
    }
    case 'array': {
      if (!Array.isArray(raw)) return { value: undefined, clean: false };
      const items = raw.slice(0, MAX_ITEMS).map((item) => validItem(key, def, item));
      const kept = [...new Set(items.filter((i): i is string => i !== undefined))];
      return { value: kept, clean: kept.length === raw.length };
    }
  }
}

function validItem(key: SettingKey, def: LooseDefinition, item: unknown): string | undefined {
  if (typeof item !== 'string') return undefined;
  const text = item.trim();
  if (text === '') return undefined;
  const allowed = def.itemEnum;
  if (allowed) return allowed.includes(text) ? text : undefined;
  if (key === 'mastodonInstances') return httpsOrigin(text);
  if (key === 'hospitalNumberPatterns') return isValidPattern(text) ? text : undefined;
  // Identifiers can never be kept, even when a policy lists one.
  if (key === 'keptLabels' || key === 'organisationKeptLabels') return canKeepLabel(text) ? text : undefined;
  return text.slice(0, MAX_TEXT);
}

/** True when `pattern` compiles as a JavaScript regular expression of reasonable length. */
export function isValidPattern(pattern: string): boolean {
  if (pattern.length === 0 || pattern.length > MAX_PATTERN) return false;
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/** The https origin of a server address such as "mastodon.nhs.uk" or "https://mastodon.nhs.uk/about", else undefined. */
export function httpsOrigin(text: string): string | undefined {
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
    if (url.protocol !== 'https:' || !url.hostname.includes('.')) return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}
