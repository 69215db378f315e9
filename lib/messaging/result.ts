/** Errors cross the messaging boundary as values, never as thrown exceptions. */
export type ErrorCode =
  | 'bad-request'
  | 'forbidden'
  | 'not-found'
  | 'cancelled'
  | 'timeout'
  | 'unsupported-image'
  | 'too-large'
  | 'engine-failed'
  /** Another attachment in the tab already waits for the user. */
  | 'busy'
  /** The page is hiding or covering the dialog, so no decision is taken from it. */
  | 'hidden'
  | 'internal';

export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

/** Runs `fn` and turns anything it throws into a failed Result. */
export async function settle<T>(fn: () => Promise<T> | T, code: ErrorCode = 'internal'): Promise<Result<T>> {
  try {
    return ok(await fn());
  } catch (error) {
    return fail(code, error instanceof Error ? error.message : String(error));
  }
}
