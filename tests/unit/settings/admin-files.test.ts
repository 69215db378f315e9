import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../../wxt.config';
import { SETTING_KEYS } from '../../../lib/settings/schema';
import { sanitiseSettings } from '../../../lib/settings/validate';
import { ADMIN_FILES, ADMIN_IDS, SAMPLE_POLICY } from '../../../scripts/generate-admin-files';
import { ADMX_FILES, admx, adml } from '../../../scripts/generate-admx';

const root = resolve(import.meta.dirname, '../../..');

describe('admin files in docs/admin', () => {
  it.each(Object.entries({ ...ADMIN_FILES, ...ADMX_FILES }))('%s is up to date (npx tsx scripts/generate-admin-files.ts / generate-admx.ts)', (path, make) => {
    expect(readFileSync(resolve(root, path), 'utf8')).toBe(make());
  });

  it('uses the extension ids the build uses', () => {
    expect(ADMIN_IDS.gecko).toBe(GECKO_ID);
  });

  it('carries a sample policy that validates cleanly', () => {
    const { values, rejected } = sanitiseSettings(SAMPLE_POLICY);
    expect(rejected).toEqual([]);
    expect(values).toEqual(SAMPLE_POLICY);
  });

  it('has one policy per setting per browser in the ADMX, each explained in the ADML', () => {
    const policies = [...admx().matchAll(/<policy name="CG_(\w+?)_(\w+)"/g)];
    expect(policies).toHaveLength(SETTING_KEYS.length * 3);
    for (const key of SETTING_KEYS) expect(adml()).toContain(`<string id="${key}_Explain">`);
    for (const [, ref] of admx().matchAll(/\$\(presentation\.(\w+)\)/g)) expect(adml()).toContain(`<presentation id="${ref}">`);
    for (const [, ref] of admx().matchAll(/\$\(string\.(\w+)\)/g)) expect(adml()).toContain(`<string id="${ref}">`);
  });
});
