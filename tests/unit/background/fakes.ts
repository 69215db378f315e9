import { fakeBrowser } from 'wxt/testing/fake-browser';
import { vi } from 'vitest';

type Rule = { id: number; condition: { tabIds?: number[]; urlFilter?: string } };

/** An in-memory declarativeNetRequest session ruleset (the fake browser does not implement it). */
export function fakeSessionRules(): Rule[] {
  const rules: Rule[] = [];
  const dnr = fakeBrowser.declarativeNetRequest as unknown as Record<string, unknown>;
  dnr.getSessionRules = vi.fn(async () => rules.map((r) => structuredClone(r)));
  dnr.updateSessionRules = vi.fn(async ({ removeRuleIds = [], addRules = [] }: { removeRuleIds?: number[]; addRules?: Rule[] }) => {
    for (const id of removeRuleIds) {
      const at = rules.findIndex((r) => r.id === id);
      if (at >= 0) rules.splice(at, 1);
    }
    rules.push(...addRules.map((r) => structuredClone(r)));
  });
  return rules;
}

/** What the fake content script in a frame answers (`tabs.sendMessage`); undefined means the frame is gone. */
export type FrameAnswer = (message: { type: string; req: Record<string, unknown> }) => unknown;

export function fakeFrames(answer: (tabId: number, frameId: number) => FrameAnswer | undefined) {
  const sent: { tabId: number; frameId: number; type: string; req: Record<string, unknown> }[] = [];
  (fakeBrowser.tabs as unknown as Record<string, unknown>).sendMessage = vi.fn(
    async (tabId: number, message: { type: string; req: Record<string, unknown> }, options?: { frameId?: number }) => {
      const frameId = options?.frameId ?? 0;
      sent.push({ tabId, frameId, type: message.type, req: message.req });
      const frame = answer(tabId, frameId);
      if (!frame) throw new Error('Could not establish connection. Receiving end does not exist.');
      return frame(message);
    },
  );
  return sent;
}

export const EXTENSION_ORIGIN = () => fakeBrowser.runtime.getURL('/');

/** Senders as the browser describes them. */
export const senders = {
  contentScript: (tabId = 7, frameId = 0, url = 'https://x.com/compose/post') => ({ id: fakeBrowser.runtime.id, tab: { id: tabId }, frameId, url }),
  dialog: (tabId = 7) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId }, frameId: 3, url: fakeBrowser.runtime.getURL('/dialog.html') + '#abc' }),
  otherExtension: (tabId = 7) => ({ id: 'someone-else', tab: { id: tabId }, frameId: 0, url: 'https://x.com/compose/post' }),
  pageOverHttp: (tabId = 7) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId }, frameId: 0, url: 'http://x.com/compose/post' }),
};
