import type { BackgroundToContent, ContentToBackground } from './content-channel';
import type { DialogToBackground, ToDialog } from './dialog-channel';
import type { EngineMap } from './engine-channel';
import type { PageToBackground } from './page-channel';

/**
 * Everything the background answers. A message's channel names who normally sends it; the
 * handler's sender check (lib/background/senders.ts) is what admits it.
 */
export type BackgroundInbox = ContentToBackground & DialogToBackground & PageToBackground;
export type BackgroundMessage = keyof BackgroundInbox;

type Maps = [ContentToBackground, DialogToBackground, PageToBackground, BackgroundToContent, ToDialog, EngineMap];
type Overlap<L extends unknown[]> = L extends [infer Head, ...infer Rest] ? (keyof Head & { [I in keyof Rest]: keyof Rest[I] }[number]) | Overlap<Rest> : never;

/** A name in two channels would mean two payloads: this fails to compile if any name is shared. */
export const NAMES_ARE_DISTINCT: [Overlap<Maps>] extends [never] ? true : Overlap<Maps> = true;
