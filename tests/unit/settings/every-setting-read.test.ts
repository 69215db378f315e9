import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTING_KEYS } from '../../../lib/settings/schema';

const ROOT = resolve(import.meta.dirname, '../../..');
/** Where settings are defined, validated or merged: reading a key there gives it no behaviour. */
const DEFINITIONS = ['lib/settings/schema.ts', 'lib/settings/types.ts', 'lib/settings/validate.ts', 'lib/settings/merge.ts', 'lib/settings/managed-schema.ts', 'lib/settings/index.ts'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const code = ['lib', 'components', 'entrypoints']
  .flatMap((dir) => sources(join(ROOT, dir)))
  .map((path) => ({ file: relative(ROOT, path), text: readFileSync(path, 'utf8') }))
  .filter(({ file }) => !DEFINITIONS.includes(file));

const readersOf = (key: string) => code.filter(({ text }) => new RegExp(`\\.${key}\\b`).test(text)).map(({ file }) => file);

/** Meta-test (issue 15): a setting in the schema that no code reads does nothing, so it must go or get behaviour. */
describe('every setting in the schema', () => {
  it.each(SETTING_KEYS)('%s is read by the extension outside the settings definitions', (key) => {
    expect(readersOf(key), `${key} is defined but nothing reads it`).not.toEqual([]);
  });

  it('finds no reader for a key that only the definitions mention (the check can fail)', () => {
    expect(readersOf('requireReason')).toEqual([]);
    expect(readersOf('otherReasons').length).toBeGreaterThan(0);
  });
});

/**
 * Settings whose behaviour has no end-to-end test with a real policy file, and why. Anything else in the
 * schema must be named in some tests/e2e/*.e2e.ts file (issue 15: an e2e test per behaviour-changing setting).
 */
const NOT_END_TO_END: Partial<Record<string, string>> = {
  mastodonInstances: 'a server listed by policy still needs the user to grant the host permission, which automation cannot click; unit-tested in tests/unit/sites/mastodon-instances.test.ts',
};

describe('every behaviour-changing setting', () => {
  const e2e = readdirSync(join(ROOT, 'tests/e2e'))
    .filter((name) => name.endsWith('.e2e.ts'))
    .map((name) => readFileSync(join(ROOT, 'tests/e2e', name), 'utf8'))
    .join('\n');

  it.each(SETTING_KEYS.filter((k) => !NOT_END_TO_END[k]))('%s is set by an end-to-end test', (key) => {
    expect(e2e).toMatch(new RegExp(`\\b${key}\\b`));
  });

  it('lists only real settings as exempt', () => {
    for (const key of Object.keys(NOT_END_TO_END)) expect(SETTING_KEYS).toContain(key);
  });
});
