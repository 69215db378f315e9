#!/usr/bin/env node
// Runs the TypeScript CLI through tsx (a devDependency installed by `npm ci`), so there is no build step.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../lib/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
