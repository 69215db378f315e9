import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../components/popup/popup.css';
import { PopupView } from '../../components/popup/PopupView';
import { sendFromPage as ask } from '../../lib/messaging/send';
import { isOffByPolicy, siteStatus, type SettingsState, type SiteStatus } from '../../lib/settings';
import { siteForUrl } from '../../lib/sites/registry';

/** The page to describe: `?url=<page>` (screenshots, tests) or the active tab. Its URL is visible only on sites we have access to. */
async function targetUrl(): Promise<string | undefined> {
  const asked = new URLSearchParams(location.search).get('url');
  if (asked) return asked;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  return tab?.url;
}

function Popup() {
  const [view, setView] = useState<{ status: SiteStatus; state: SettingsState; url?: string }>();
  useEffect(() => {
    void (async () => {
      const [url, got] = await Promise.all([targetUrl(), ask('settings/get', {})]);
      if (got.ok) setView({ status: siteStatus(url, got.value.settings), state: got.value, url });
    })();
  }, []);
  const site = view?.url ? siteForUrl(view.url, view.state.settings.mastodonInstances) : undefined;
  return (
    <PopupView status={view?.status} siteName={site?.name} byPolicy={view ? isOffByPolicy(view.status, view.state) : false}
      organisationName={view?.state.managed ? view.state.settings.organisationName : ''}
      onOpenOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
      onOpenConsentForm={() => void browser.tabs.create({ url: browser.runtime.getURL('/consent-form.html') }).then(() => window.close())} />
  );
}

render(<Popup />, document.getElementById('app')!);
