import { errorMessage } from '../errors/message';

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

/** A failed Result that carries what was thrown, for a `catch` at the messaging boundary. */
export const failWith = (code: ErrorCode, error: unknown): Result<never> => fail(code, errorMessage(error));
