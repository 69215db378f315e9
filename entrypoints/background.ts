import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startAuditMaintenance } from '../lib/audit/recorder';
import { handleBackgroundMessage } from '../lib/background/router';
import { syncMastodonScripts } from '../lib/background/mastodon-instances';
import { closeSessionsOfTab } from '../lib/background/sessions';
import { getSettingsState } from '../lib/settings/store';
import { disarmUploadBackstop } from '../lib/background/upload-backstop';

export default defineBackground({
  type: 'module',
  main() {
    startAuditMaintenance();
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      const answer = handleBackgroundMessage(message, sender);
      if (!answer) return undefined;
      void answer.then(sendResponse);
      return true;
    });
    // Run-time content scripts for the Mastodon servers in settings whose permission is held.
    void getSettingsState().then(({ settings }) => syncMastodonScripts(settings.mastodonInstances)).catch(() => undefined);
    browser.tabs.onRemoved.addListener((tabId) => {
      closeSessionsOfTab(tabId);
      void disarmUploadBackstop(tabId).catch(() => undefined);
    });
  },
});
