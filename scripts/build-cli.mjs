/**
 * Bundles the command line (lib/cli + lib/engine, TypeScript) into dist/cli.mjs, so the installed
 * package runs on plain Node. Dependencies stay external: npm installs them beside the package and
 * Node resolves them, wherever npm or npx put them.
 *
 * Usage: node scripts/build-cli.mjs   (run by `npm run scan`, `npm pack` and the CLI tests)
 */
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

await build({
  entryPoints: [join(root, 'lib/cli/main.ts')],
  outfile: join(root, 'dist/cli.mjs'),
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  logLevel: 'warning',
  legalComments: 'none',
});
