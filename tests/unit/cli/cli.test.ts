import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCli } from '../../../lib/cli/args';
import { collectFiles } from '../../../lib/cli/collect';
import { exitCode, scan } from '../../../lib/cli/scan';
import { formatReport } from '../../../lib/cli/table';
import type { Report } from '../../../lib/engine/report';
import { fakeRuntime } from '../check/fake-runtime';
import { schemaErrors } from '../check/schema';
import { MAGIC, solid } from '../decode/fixtures';

const report = (verdict: Report['verdict']): Report => ({ file: 'f', width: 1, height: 1, verdict, faces: [], text: [], identifiers: [], metadata: [], timings: {} });

describe('parseCli', () => {
  it('reads scan options', () => {
    expect(parseCli(['scan', '--json', '--redact', 'out', 'a.jpg', 'dir'])).toEqual({
      kind: 'scan', json: true, redactDir: 'out', paths: ['a.jpg', 'dir'], noFaces: false, hospitalPatterns: [],
    });
  });
  it('rejects unknown commands and options', () => {
    expect(parseCli(['scna']).kind).toBe('usage-error');
    expect(parseCli(['scan', '--jsn']).kind).toBe('usage-error');
  });
});

describe('exitCode', () => {
  it.each([
    [0, ['clear', 'clear']],
    [1, ['clear', 'review']],
    [1, ['identifiable']],
    [2, ['identifiable', 'error']],
  ] as const)('%i for %j', (code, verdicts) => {
    expect(exitCode(verdicts.map(report))).toBe(code);
  });
});

describe('formatReport', () => {
  it('prints the verdict and one line per finding', () => {
    const text = formatReport({ ...report('identifiable'), identifiers: [{ type: 'nhs-number', text: '999 000 0018', box: [1, 2, 3, 4] }], metadata: [{ tag: 'EXIF:Artist', value: 'Dr A' }] });
    expect(text.split('\n')).toEqual([expect.stringMatching(/^IDENTIFIABLE\s+f /), expect.stringContaining('nhs-number  "999 000 0018"  at 1,2 3×4'), expect.stringContaining('EXIF:Artist = "Dr A"')]);
  });
});

describe('scan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cg-cli-'));
  mkdirSync(join(dir, 'sub'));

  it('walks directories for images, keeps named files, reports missing ones', async () => {
    writeFileSync(join(dir, 'sub', 'b.png'), '');
    writeFileSync(join(dir, 'notes.txt'), '');
    const found = await collectFiles([dir, join(dir, 'notes.txt'), join(dir, 'missing.jpg')]);
    expect(found.map((f) => [f.path.replace(dir, ''), 'problem' in f])).toEqual([
      ['/sub/b.png', false], ['/notes.txt', false], ['/missing.jpg', true],
    ]);
  });

  it('prints schema-valid JSON Lines and exits 2 when a file is an error', async () => {
    writeFileSync(join(dir, 'clean.png'), await solid(40, 30).png().toBuffer());
    writeFileSync(join(dir, 'photo.heic'), MAGIC.heic);
    const out: string[] = [];
    const err: string[] = [];
    const code = await scan({ paths: [join(dir, 'clean.png'), join(dir, 'photo.heic')], json: true, options: {} }, fakeRuntime(), { out: (l) => out.push(l), err: (l) => err.push(l) });
    const reports = out.map((l) => JSON.parse(l) as Report);
    expect(reports.map((r) => r.verdict)).toEqual(['clear', 'error']);
    for (const r of reports) expect(schemaErrors(r)).toBe('');
    expect(code).toBe(2);
    expect(err).toEqual([expect.stringContaining('[1/2]'), expect.stringContaining('[2/2]')]);
  });

  it('writes redacted copies and exits 0 when all clear', async () => {
    const outDir = join(dir, 'redacted');
    const code = await scan({ paths: [join(dir, 'clean.png')], json: false, redactDir: outDir, options: {} }, fakeRuntime(), { out: () => undefined, err: () => undefined });
    expect(code).toBe(0);
    expect((await collectFiles([outDir])).map((f) => f.path.replace(outDir, ''))).toEqual(['/clean-redacted.png']);
  });
});
