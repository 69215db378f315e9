import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** One import of one source file: who imports, which file it reaches, and the line that says so. */
export interface ImportEdge {
  from: string;
  to: string;
  specifier: string;
  typeOnly: boolean;
}

const SOURCE = /\.(ts|tsx|mts)$/;
const DECLARATION = /\.d\.ts$/;

/** Every TypeScript source file below `dirs` (paths relative to `root`, with forward slashes). */
export function sourceFiles(root: string, dirs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(root, dir))) {
      const path = `${dir}/${name}`;
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (SOURCE.test(name) && !DECLARATION.test(name)) out.push(path);
    }
  };
  for (const dir of dirs) walk(dir);
  return out.sort();
}

/**
 * The module specifiers a file names: static imports and re-exports (`import … from`, `export … from`,
 * side-effect `import '…'`), dynamic `import('…')` and `new URL('…', import.meta.url)` (how a worker
 * is started). Comments are removed first so an example in a comment is not an import.
 */
export function importSpecifiers(code: string): { specifier: string; typeOnly: boolean }[] {
  const text = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const patterns: [RegExp, (m: RegExpExecArray) => boolean][] = [
    [/(?:^|[;\n}])\s*(import|export)\s+(type\s+)?[^'";]*?\sfrom\s*['"]([^'"]+)['"]/g, (m) => m[2] !== undefined],
    [/(?:^|[;\n])\s*import\s*['"]([^'"]+)['"]/g, () => false],
    [/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g, () => false],
    [/new\s+URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g, () => false],
  ];
  for (const [pattern, typeOnly] of patterns) {
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const specifier = m[m.length - 1];
      if (specifier !== undefined) found.push({ specifier, typeOnly: typeOnly(m) });
    }
  }
  return found;
}

/** WXT's aliases for the project root (`@/`, `~/`, `@@/`, `~~/`). */
const ROOT_ALIAS = /^(?:@@|~~|@|~)\//;

/** The project file a specifier reaches, or undefined for a package or a file outside the project. */
export function resolveSpecifier(root: string, from: string, specifier: string, exists: (path: string) => boolean): string | undefined {
  let base: string;
  if (specifier.startsWith('.')) base = join(dirname(from), specifier);
  else if (ROOT_ALIAS.test(specifier)) base = specifier.replace(ROOT_ALIAS, '');
  else return undefined;
  base = base.split(sep).join('/');
  const candidates = [base, ...['.ts', '.tsx', '.mts'].map((e) => base + e), ...['index.ts', 'index.tsx'].map((i) => `${base}/${i}`)];
  return candidates.find((c) => exists(c) && statSync(join(root, c)).isFile()) ?? (exists(base) ? base : undefined);
}

/** Every import between project files below `dirs`. */
export function importGraph(root: string, dirs: readonly string[]): ImportEdge[] {
  const exists = (path: string) => {
    try {
      statSync(join(root, path));
      return true;
    } catch {
      return false;
    }
  };
  const edges: ImportEdge[] = [];
  for (const from of sourceFiles(root, dirs)) {
    for (const { specifier, typeOnly } of importSpecifiers(readFileSync(join(root, from), 'utf8'))) {
      const to = resolveSpecifier(root, from, specifier, exists);
      if (to !== undefined) edges.push({ from, to: relative(root, join(root, to)).split(sep).join('/'), specifier, typeOnly });
    }
  }
  return edges;
}

/**
 * The folder a file belongs to for the layering rules: `entrypoints/<entrypoint>`,
 * `components/<folder>`, `lib/<folder>` (a file directly in lib/ is its own folder, named
 * without its extension), or the top folder for anything else (tests, scripts, public).
 */
export function folderOf(path: string): string {
  const parts = path.split('/');
  const [top, second] = parts;
  if ((top === 'lib' || top === 'components' || top === 'entrypoints') && second !== undefined) {
    return `${top}/${parts.length === 2 ? second.replace(/\.[^.]+$/, '').replace(/\.content$/, '') : second}`;
  }
  return top ?? path;
}

/** Folder → folder, each with the file imports behind it. */
export function folderGraph(edges: readonly ImportEdge[]): Map<string, Map<string, ImportEdge[]>> {
  const graph = new Map<string, Map<string, ImportEdge[]>>();
  for (const edge of edges) {
    const a = folderOf(edge.from), b = folderOf(edge.to);
    if (a === b) continue;
    const out = graph.get(a) ?? new Map<string, ImportEdge[]>();
    graph.set(a, out);
    out.set(b, [...(out.get(b) ?? []), edge]);
  }
  return graph;
}

/** Strongly connected groups of two or more folders (Tarjan), each sorted, the list sorted: every folder cycle lies inside one. */
export function cyclicGroups(graph: ReadonlyMap<string, ReadonlyMap<string, unknown>>): string[][] {
  const index = new Map<string, number>(), low = new Map<string, number>();
  const stack: string[] = [], onStack = new Set<string>(), groups: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next), low.set(v, next), next++;
    stack.push(v), onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      for (let w = stack.pop(); w !== undefined; w = w === v ? undefined : stack.pop()) {
        onStack.delete(w);
        group.push(w);
      }
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return groups.sort((a, b) => a.join().localeCompare(b.join()));
}
