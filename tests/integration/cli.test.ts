/** End to end through bin/consent-guard.mjs, the bundled dist/cli.mjs and the real engine (models/ and dependencies). */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../lib/engine/report';
import { schemaErrors } from '../unit/check/schema';
import { MAGIC, solid } from '../unit/decode/fixtures';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin/consent-guard.mjs');
const sample = join(root, 'samples/radiology-screenshot.jpg');

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { cwd: root, maxBuffer: 1 << 24 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const error = e as { code: number; stdout: string; stderr: string };
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

describe('consent-guard scan (real engine)', () => {
  // Tests the bundle the package ships, built from the current sources.
  beforeAll(() => promisify(execFile)(process.execPath, [join(root, 'scripts/build-cli.mjs')]));
  const dir = mkdtempSync(join(tmpdir(), 'cg-e2e-'));

  it('exits 1 with JSON Lines for an identifiable sample, 2 with an error file, 0 for a blank image', async () => {
    writeFileSync(join(dir, 'blank.png'), await solid(320, 240, '#404040').png().toBuffer());
    writeFileSync(join(dir, 'photo.heic'), MAGIC.heic);

    const found = await run(['scan', '--json', sample]);
    expect(found.code).toBe(1);
    const [report] = found.stdout.trim().split('\n').map((l) => JSON.parse(l) as Report);
    expect(report?.verdict).toBe('identifiable');
    expect(report?.identifiers.map((i) => i.type)).toContain('nhs-number');
    expect(schemaErrors(report)).toBe('');

    const blank = await run(['scan', '--json', join(dir, 'blank.png')]);
    expect([blank.code, (JSON.parse(blank.stdout) as Report).verdict]).toEqual([0, 'clear']);

    const mixed = await run(['scan', '--json', '--redact', join(dir, 'out'), dir]);
    expect(mixed.code).toBe(2);
    const reports = mixed.stdout.trim().split('\n').map((l) => JSON.parse(l) as Report);
    expect(reports.map((r) => r.verdict)).toEqual(['clear', 'error']);
    for (const r of reports) expect(schemaErrors(r)).toBe('');
    expect(mixed.stderr).toContain('[2/2]');
    expect(readdirSync(join(dir, 'out'))).toEqual(['blank-redacted.png']);
    // Three CLI processes, each loading five models and a tesseract worker: over 4 minutes on a 2-core machine shared with other builds.
  }, 480_000);

  it('prints a readable table by default', async () => {
    const table = await run(['scan', sample]);
    expect(table.code).toBe(1);
    expect(table.stdout).toMatch(/^IDENTIFIABLE\s+.*radiology-screenshot\.jpg/);
    expect(table.stdout).toMatch(/nhs-number\s+"999 \d{3} \d{4}"/);
  });
});
