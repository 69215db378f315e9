import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startAuditMaintenance } from '../lib/audit/recorder';
import { syncMastodonScripts } from '../lib/background/mastodon-instances';
import { reconcileHolds, reconcileTab } from '../lib/background/reconcile';
import { guardIfLoadedLate, guardOpenTabs } from '../lib/background/reinject';
import { handleBackgroundMessage } from '../lib/background/router';
import { endSession } from '../lib/background/session-end';
import { markStarted } from '../lib/background/started';
import { sessionsOfTab } from '../lib/background/sessions';
import { disarmUploadBackstop } from '../lib/background/upload-backstop';
import { getSettingsState } from '../lib/settings/store';

export default defineBackground({
  type: 'module',
  main() {
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      const answer = handleBackgroundMessage(message, sender);
      if (!answer) return undefined;
      void answer.then(sendResponse);
      return true;
    });
    browser.tabs.onRemoved.addListener((tabId) => {
      void sessionsOfTab(tabId)
        .then((sessions) => Promise.all(sessions.map(endSession)))
        .finally(() => disarmUploadBackstop(tabId))
        .catch(() => undefined);
    });
    // A reload or navigation takes the held files with the old document: end those sessions.
    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.status !== 'complete') return;
      void reconcileTab(tabId).catch(() => undefined);
      void guardIfLoadedLate(tabId).catch(() => undefined);
    });
    browser.runtime.onInstalled.addListener(() => void guardOpenTabs().catch(() => undefined));

    void markStarted();
    void reconcileHolds().catch(() => undefined);
    void guardOpenTabs().catch(() => undefined);
    startAuditMaintenance();
    // Run-time content scripts for the Mastodon servers in settings whose permission is held.
    void getSettingsState().then(({ settings }) => syncMastodonScripts(settings.mastodonInstances)).catch(() => undefined);
  },
});
