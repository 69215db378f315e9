import { fail } from '../../messaging/result';
import { checkOptionsFrom } from '../../settings/engine-options';
import { getSettingsState } from '../../settings/store';
import { fromWire } from '../../wire/bytes';
import { callEngine } from '../engine-client';
import { isOwnContentScript, isOwnExtensionPage } from '../senders';
import type { HandlerMap } from './types';

/** The options page's "Check an image": nothing is held or posted. */
export const practiceHandlers: HandlerMap<'practice/check'> = {
  'practice/check': async (req, sender) => {
    // Our own pages only: a web page must never get the engine to read arbitrary bytes for it.
    if (!isOwnExtensionPage(sender) || isOwnContentScript(sender)) return fail('forbidden', 'Only Consent Guard pages may check images');
    if (typeof req.requestId !== 'string' || !req.file) return fail('bad-request', 'Expected a file');
    fromWire(req.file.bytes);
    const { settings } = await getSettingsState();
    return callEngine('engine/check', { requestId: req.requestId, file: req.file, options: checkOptionsFrom(settings) });
  },
};
