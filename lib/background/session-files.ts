import { fromWire } from '../wire/bytes';
import type { WireFile } from '../wire/file';
import { fail, ok, type Result } from '../messaging/result';
import type { HoldSession } from './sessions';
import { sendToFrame } from './to-content';

/** Bytes of each open session while this worker lives; a restarted worker asks the page's content script again. */
const cache = new Map<string, WireFile[]>();

export function rememberFiles(sessionId: string, files: WireFile[]): void {
  cache.set(sessionId, files);
}

export function forgetFiles(sessionId: string): void {
  cache.delete(sessionId);
}

/** The held files of a session, from memory or from the content script that holds them. */
export async function filesOf(session: HoldSession): Promise<Result<WireFile[]>> {
  const cached = cache.get(session.id);
  if (cached) return ok(cached);
  const got = await sendToFrame(session, 'hold/files', { sessionId: session.id });
  if (!got.ok) return got;
  const files = got.value;
  if (!matchesRecord(files, session)) return fail('not-found', 'The held image is no longer available');
  cache.set(session.id, files);
  return ok(files);
}

/** The frame must hand back the very files the session was opened with (count, sizes, readable bytes). */
function matchesRecord(files: unknown, session: HoldSession): files is WireFile[] {
  if (!Array.isArray(files) || files.length !== session.files.length) return false;
  try {
    return files.every((f: WireFile, i) => {
      const held = session.files[i]!;
      return fromWire(f.bytes).byteLength === (held.withheld ? 0 : held.size) && f.withheld === held.withheld;
    });
  } catch {
    return false;
  }
}
