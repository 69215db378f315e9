// Dev: whole-check time of this tree's engine against another checkout's (e.g. a git worktree of the
// base commit), interleaved on the same images in one process so load affects both alike.
// Usage: tsx scripts/dev/cost-vs.mts OTHER_ROOT ROUNDS IMAGE...
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';

const [other, rounds = '2', ...images] = process.argv.slice(2);
const load = async (root: string) => ({
  check: (await import(resolve(root, 'lib/engine/check.ts'))).checkImage as (i: { bytes: Uint8Array; name: string }, r: unknown) => Promise<{ timings: Record<string, number>; identifiers: unknown[]; faces: unknown[] }>,
  runtime: (await import(resolve(root, 'lib/engine/runtime/node.ts'))).createNodeRuntime() as { dispose(): Promise<void> },
});
const engines = { base: await load(other!), head: await load('.') };
const ms: Record<string, number[]> = { base: [], head: [] };
for (let r = 0; r < Number(rounds); r++) {
  for (const file of images) {
    for (const name of (r % 2 ? ['head', 'base'] : ['base', 'head']) as ('base' | 'head')[]) {
      const e = engines[name];
      const t = performance.now();
      const rep = await e.check({ bytes: new Uint8Array(readFileSync(file)), name: basename(file) }, e.runtime);
      const dt = performance.now() - t;
      if (r > 0) ms[name]!.push(dt);
      console.log(`${name} ${basename(file)} ${Math.round(dt)} ms ids ${rep.identifiers.length} faces ${rep.faces.length} ${JSON.stringify(rep.timings)}`);
    }
  }
}
const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
console.log(`warm total: base ${Math.round(sum(ms.base!))} ms, head ${Math.round(sum(ms.head!))} ms, head ÷ base ${(sum(ms.head!) / sum(ms.base!)).toFixed(2)}`);
await engines.base.runtime.dispose();
await engines.head.runtime.dispose();
