import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cyclicGroups, folderGraph, folderOf, importGraph, importSpecifiers, type ImportEdge } from './import-graph';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const EDGES = importGraph(ROOT, ['entrypoints', 'components', 'lib']);
const GRAPH = folderGraph(EDGES);

/** Folders of plain code that any folder, the engine included, may import: they import no other folder. */
const PURE = ['lib/async', 'lib/errors'];

/**
 * Folder imports allowed to close a cycle or break the layering: none. Keep it empty; an entry would
 * need the issue that removes it, and the test below fails once its import has gone.
 */
const KNOWN: { from: string; to: string; reason: string }[] = [];

const known = (a: string, b: string) => KNOWN.some((k) => k.from === a && k.to === b);
const show = (edges: readonly ImportEdge[]) => edges.map((e) => `${e.from} → ${e.to}`).join('\n');

/** The folder graph without the known edges. */
function withoutKnown(): Map<string, Map<string, ImportEdge[]>> {
  return new Map([...GRAPH].map(([a, out]) => [a, new Map([...out].filter(([b]) => !known(a, b)))]));
}

describe('the import graph reader', () => {
  it('finds static, type-only, re-exported, side-effect, dynamic and worker imports, and none in comments', () => {
    const code = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      "export { c } from './c';",
      "export * from './d';",
      "import './e';",
      "const f = await import('./f');",
      "new Worker(new URL('./g.ts', import.meta.url), { type: 'module' });",
      "// import { h } from './h';",
      "/* import { i } from './i'; */",
      "import {\n  j,\n  type J,\n} from 'some-package';",
    ].join('\n');
    expect(importSpecifiers(code)).toEqual([
      { specifier: './a', typeOnly: false },
      { specifier: '../b', typeOnly: true },
      { specifier: './c', typeOnly: false },
      { specifier: './d', typeOnly: false },
      { specifier: 'some-package', typeOnly: false },
      { specifier: './e', typeOnly: false },
      { specifier: './f', typeOnly: false },
      { specifier: './g.ts', typeOnly: false },
    ]);
  });

  it('reads the real tree: hundreds of imports, among them ones it must see', () => {
    expect(EDGES.length).toBeGreaterThan(300);
    expect(EDGES).toContainEqual(expect.objectContaining({ from: 'entrypoints/background.ts', to: 'lib/background/router.ts' }));
    expect(EDGES).toContainEqual(expect.objectContaining({ from: 'lib/engine-host/worker-client.ts', to: 'lib/engine-host/worker.ts' }));
    expect(EDGES).toContainEqual(expect.objectContaining({ from: 'entrypoints/dialog/DialogApp.tsx', to: 'components/dialog/ConsentDialog.tsx' }));
  });

  it('names folders by layer', () => {
    expect(folderOf('lib/engine/faces/detect.ts')).toBe('lib/engine');
    expect(folderOf('lib/i18n.ts')).toBe('lib/i18n');
    expect(folderOf('components/dialog/ImageCard.tsx')).toBe('components/dialog');
    expect(folderOf('entrypoints/guard.content.ts')).toBe('entrypoints/guard');
    expect(folderOf('entrypoints/options/main.tsx')).toBe('entrypoints/options');
  });

  it('finds a cycle when there is one, so the checks below can fail', () => {
    const graph = new Map([
      ['lib/a', new Map([['lib/b', []]])],
      ['lib/b', new Map([['lib/c', []]])],
      ['lib/c', new Map([['lib/a', []]])],
      ['lib/d', new Map([['lib/a', []]])],
    ]);
    expect(cyclicGroups(graph)).toEqual([['lib/a', 'lib/b', 'lib/c']]);
    expect(cyclicGroups(new Map([['lib/a', new Map([['lib/b', []]])]]))).toEqual([]);
  });
});

describe('imports run one way', () => {
  it('has no cycle between folders, beyond the known ones', () => {
    const graph = withoutKnown();
    const groups = cyclicGroups(graph);
    const detail = groups.map((g) => `${g.join(' ⇄ ')}:\n${show(g.flatMap((a) => g.flatMap((b) => graph.get(a)?.get(b) ?? [])))}`);
    expect(groups, `folder cycles (each group's imports between its folders):\n${detail.join('\n\n')}`).toEqual([]);
  });

  it('lists only known cycles that still exist', () => {
    expect(KNOWN.filter((k) => !GRAPH.get(k.from)?.has(k.to)).map((k) => `${k.from} → ${k.to} has gone: delete it from KNOWN`)).toEqual([]);
  });

  it('never imports an entrypoint from components or lib, nor components from lib', () => {
    const backwards = EDGES.filter((e) => {
      const [from, to] = [folderOf(e.from), folderOf(e.to)];
      if (known(from, to)) return false;
      if (to.startsWith('entrypoints/')) return from !== to;
      return from.startsWith('lib/') && to.startsWith('components/');
    });
    expect(backwards, show(backwards)).toEqual([]);
  });

  it('keeps the engine to itself and the pure folders', () => {
    const outside = EDGES.filter((e) => folderOf(e.from) === 'lib/engine' && folderOf(e.to) !== 'lib/engine' && !PURE.includes(folderOf(e.to)));
    expect(outside, show(outside)).toEqual([]);
    const impure = EDGES.filter((e) => PURE.includes(folderOf(e.from)) && folderOf(e.to) !== folderOf(e.from));
    expect(impure, show(impure)).toEqual([]);
  });

  it('lets the command line and the engine host into the engine only through its front door and their runtime', () => {
    const doors = ['lib/engine/index.ts', 'lib/engine/runtime/node.ts', 'lib/engine/runtime/browser.ts'];
    const sideways = EDGES.filter((e) => ['lib/cli', 'lib/engine-host'].includes(folderOf(e.from)) && folderOf(e.to) === 'lib/engine' && !doors.includes(e.to));
    expect(sideways, show(sideways)).toEqual([]);
  });
});
