/** Writes public/managed-schema.json from lib/settings (run: npx tsx scripts/generate-managed-schema.ts). */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { managedSchemaText } from '../lib/settings/managed-schema';

const out = resolve(import.meta.dirname, '../public/managed-schema.json');
writeFileSync(out, managedSchemaText());
console.log(`Wrote ${out}`);
