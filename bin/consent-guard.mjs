#!/usr/bin/env node
// The CLI is bundled into dist/cli.mjs by scripts/build-cli.mjs (`npm run scan` and `npm pack` run it).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(cli)) {
  console.error('consent-guard: dist/cli.mjs is missing. In a clone, run `npm run build:cli` (or `npm run scan`).');
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
