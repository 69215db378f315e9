import type { BackgroundMessage } from '../messaging/channels';
import { isEnvelope } from '../messaging/envelope';
import { fail, failWith, type Result } from '../messaging/result';
import { auditHandlers } from './handlers/audit';
import { diagnosticsHandlers } from './handlers/diagnostics';
import { holdHandlers } from './handlers/hold';
import { pageHandlers } from './handlers/page';
import { postHandlers } from './handlers/post';
import { practiceHandlers } from './handlers/practice';
import { profileHandlers } from './handlers/profile';
import { sessionHandlers } from './handlers/session';
import { settingsHandlers } from './handlers/settings';
import { sitesHandlers } from './handlers/sites';
import type { Handler, HandlerMap, Sender } from './handlers/types';

/** One handler for every message of every channel to the background (a missing one fails to compile). */
const handlers: HandlerMap<BackgroundMessage> = {
  ...holdHandlers,
  ...pageHandlers,
  ...postHandlers,
  ...profileHandlers,
  ...sessionHandlers,
  ...settingsHandlers,
  ...auditHandlers,
  ...practiceHandlers,
  ...sitesHandlers,
  ...diagnosticsHandlers,
};

/** Answers background-bound messages; never throws across the boundary. */
export function handleBackgroundMessage(message: unknown, sender: Sender): Promise<Result<unknown>> | undefined {
  if (!isEnvelope(message) || message.to !== 'background') return undefined;
  // Own keys only: a type such as "toString" must not reach Object.prototype.
  const handler = Object.hasOwn(handlers, message.type) ? (handlers[message.type as BackgroundMessage] as Handler<BackgroundMessage>) : undefined;
  if (!handler) return Promise.resolve(fail('bad-request', `Unknown message ${message.type}`));
  return handler(message.req as never, sender).catch((error: unknown) => failWith('bad-request', error));
}
