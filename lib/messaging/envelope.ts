import type { Result } from './result';

/** One channel: each message name with its request and its answer. */
export type Channel<M> = { [T in keyof M]: { req: unknown; res: unknown } };

/** Who a message is for: each context ignores envelopes meant for another. */
export type Destination = 'background' | 'engine' | 'content' | 'dialog';

/** The envelope on the wire. */
export interface Envelope<M extends Channel<M>, T extends keyof M = keyof M> {
  to: Destination;
  type: T;
  req: M[T]['req'];
}

export type RequestOf<M extends Channel<M>, T extends keyof M> = M[T]['req'];
export type AnswerOf<M extends Channel<M>, T extends keyof M> = Result<M[T]['res']>;

/** The shape of an envelope, before its type is looked up in a channel. */
export function isEnvelope(value: unknown): value is { to: Destination; type: string; req: Record<string, unknown> } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.type === 'string' && typeof v.to === 'string' && typeof v.req === 'object' && v.req !== null;
}
