import type { WireFile } from '../wire/file';
import { fail, type Result } from '../messaging/result';

const mb = (bytes: number): string => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/**
 * The check's answer for a file whose bytes stayed with the page (wire-files.ts): it cannot be
 * checked, in plain words. The user may still cancel, or post it as it is after the checklist.
 */
export function withheldCheck(file: WireFile): Result<never> | undefined {
  if (!file.withheld) return undefined;
  if (file.type.startsWith('video/')) {
    return fail('unsupported-image', "Videos can't be checked. Post a still image instead, or check every frame yourself before posting.");
  }
  if (file.withheld === 'batch') {
    return fail('too-large', `${file.name} (${mb(file.size)}) was too large to check together with the other images. Cancel, then attach it on its own.`);
  }
  return fail('too-large', `This file is ${mb(file.size)}, larger than the 50 MB that can be checked. Save a smaller copy and attach it again.`);
}
