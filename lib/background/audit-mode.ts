import { recordAuditModeCheck } from '../audit/recorder';
import type { Report } from '../engine/report';
import type { WireFile } from '../wire/file';
import { checkOptionsFrom } from '../settings/engine-options';
import type { Settings } from '../settings/types';
import { callEngine } from './engine-client';

/**
 * Audit mode: the files have already gone to the site; check them one by one and record what was found.
 * Never throws and never tells the page anything: audit mode does not interrupt.
 */
export async function checkSilently(attached: { site: string; pageOrigin: string; files: WireFile[] }, settings: Settings): Promise<void> {
  const reports: (Report | undefined)[] = [];
  for (const file of attached.files) {
    const checked = await callEngine('engine/check', { requestId: crypto.randomUUID(), file, options: checkOptionsFrom(settings) });
    reports.push(checked.ok ? checked.value : undefined);
  }
  await recordAuditModeCheck({ ...attached, reports });
}
