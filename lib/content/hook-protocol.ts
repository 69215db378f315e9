/**
 * Messages between the MAIN-world page hook and the isolated-world gate. The page shares the MAIN
 * world, so anything arriving from it is a claim: it may make the gate open a picker and hold what
 * the user picks, never release anything. Files travel only gate → hook, after the user decided.
 */

/** Posted once by the hook (window.postMessage) to hand its MessagePort to the gate. */
export const HOOK_HELLO = 'consent-guard/page-hook-hello';

/** hook → gate: the page asked for a picker on a file input the gate cannot see (detached). */
export interface PickClaim {
  kind: 'pick';
  id: number;
  accept: string;
  multiple: boolean;
}

/** gate → hook: what the page's input gets once the user has decided. */
export type HookDelivery = { kind: 'deliver'; id: number; files: File[] } | { kind: 'cancel'; id: number };

/** Validates a claim from the page world; anything malformed is ignored. */
export function parsePickClaim(data: unknown): PickClaim | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Record<string, unknown>;
  if (d.kind !== 'pick' || !Number.isSafeInteger(d.id)) return undefined;
  const accept = typeof d.accept === 'string' ? d.accept.slice(0, 500) : '';
  return { kind: 'pick', id: d.id as number, accept, multiple: d.multiple === true };
}

export function isHookHello(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === HOOK_HELLO;
}
