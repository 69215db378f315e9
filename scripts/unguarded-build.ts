import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * A build of the extension with its page-facing defences switched off, used only by
 * scripts/check-attacks-fail-unguarded.sh to prove that the attack tests can fail (issue 14).
 *
 * Set by that script alone (`CG_UNGUARDED_BUILD=1`), never by a setting or policy: the build goes to
 * `.output/unguarded/`, away from the real one, and the end-to-end support loads it from there when
 * the same variable is set. Switched off: the content gate and the MAIN-world hook (not built, so
 * nothing holds a file) and the dialog page's per-session address (`use_dynamic_url`).
 */
export const UNGUARDED_BUILD = process.env.CG_UNGUARDED_BUILD === '1';

/** Where builds go: the real one in `.output`, the unguarded one beside it so neither overwrites the other. */
export const OUTPUT_DIR = UNGUARDED_BUILD ? '.output/unguarded' : '.output';

/** The gate's two content scripts (`guard.content.ts`, `page-hook.content.ts`), by WXT entrypoint name. */
const GATE = new Set(['guard', 'page-hook']);

/** Every entrypoint but the gate's (a file's name up to its first dot, or a folder's name). */
export const UNGUARDED_ENTRYPOINTS = readdirSync(resolve(import.meta.dirname, '../entrypoints'))
  .map((entry) => entry.split('.')[0]!)
  .filter((name) => !GATE.has(name));
