import { rmSync } from 'node:fs';
import { FAILURES_DIR } from './diagnostics';

/** Each run starts with no diagnostics from an earlier one. */
export default function setup(): void {
  rmSync(FAILURES_DIR, { recursive: true, force: true });
}
