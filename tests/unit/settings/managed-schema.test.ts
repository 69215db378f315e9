import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { managedSchema, managedSchemaText } from '../../../lib/settings/managed-schema';
import { SETTING_KEYS } from '../../../lib/settings/schema';

const CHROME_KEYWORDS = new Set(['type', 'title', 'description', 'enum', 'items', 'properties', 'minimum', 'maximum']);

function keywords(schema: unknown, into = new Set<string>()): Set<string> {
  if (typeof schema !== 'object' || schema === null) return into;
  for (const [k, v] of Object.entries(schema)) {
    into.add(k);
    if (k === 'properties') for (const p of Object.values(v as object)) keywords(p, into);
    if (k === 'items') keywords(v, into);
  }
  return into;
}

describe('public/managed-schema.json', () => {
  it('is up to date with lib/settings (run npx tsx scripts/generate-managed-schema.ts)', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../../../public/managed-schema.json'), 'utf8');
    expect(committed).toBe(managedSchemaText());
  });

  it('covers every setting', () => {
    expect(Object.keys((managedSchema() as { properties: object }).properties)).toEqual(SETTING_KEYS);
  });

  it('uses only keywords Chrome accepts (others stop the extension loading)', () => {
    expect([...keywords(managedSchema())].filter((k) => !CHROME_KEYWORDS.has(k))).toEqual([]);
  });
});
