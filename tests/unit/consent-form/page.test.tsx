// @vitest-environment happy-dom
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formPropsFrom } from '../../../entrypoints/consent-form/form-props';
import { invalidateSettings, USER_SETTINGS_KEY } from '../../../lib/settings/store';
import { defaultSettings } from '../../../lib/settings/schema';
import { MESSAGES } from './catalogue';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

/** Every storage method that could keep something: none may be called by the page. */
function spyOnWrites() {
  const areas = [fakeBrowser.storage.local, fakeBrowser.storage.sync, fakeBrowser.storage.session];
  return areas.flatMap((area) => (['set', 'remove', 'clear'] as const).map((m) => vi.spyOn(area, m)));
}

async function openPage(): Promise<HTMLElement> {
  document.body.innerHTML = '<div id="app"></div>';
  vi.resetModules();
  (await import('../../../lib/i18n')).useCatalogue(MESSAGES);
  await import('../../../entrypoints/consent-form/main');
  await vi.waitFor(() => expect(document.querySelector('h1')).not.toBeNull());
  return document.getElementById('app')!;
}

beforeEach(() => {
  fakeBrowser.reset();
  invalidateSettings();
  vi.restoreAllMocks();
});

describe('consent form page', () => {
  it('takes organisation name and IG contact from managed policy, over the user\'s own options', async () => {
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { organisationName: 'Mine', igContact: 'me@example.org' } });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ organisationName: 'Example NHS Foundation Trust', igContact: 'ig@example.nhs.uk' } as never);
    const app = await openPage();
    expect(app.querySelector('[data-testid="organisation"]')?.textContent).toBe('Example NHS Foundation Trust');
    expect(app.querySelector('[data-testid="ig-contact"]')?.textContent).toBe('You can also contact ig@example.nhs.uk.');
    expect(document.title).toBe('Consent to share a picture on social media');
  });

  it('renders the default form when managed storage throws (Firefox without policy)', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    const app = await openPage();
    expect(app.querySelector('[data-testid="organisation"]')).toBeNull();
    expect(app.querySelectorAll('h2')).toHaveLength(7);
  });

  it('writes nothing to storage while it loads and while the form is filled in', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({} as never);
    const writes = spyOnWrites();
    const app = await openPage();
    for (const input of app.querySelectorAll<HTMLInputElement>('input[type="text"]')) {
      input.value = 'Jane Example';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    for (const box of app.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.click();
    await new Promise((r) => setTimeout(r, 50));
    for (const spy of writes) expect(spy).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });
});

describe('formPropsFrom', () => {
  it('defaults follow GMC guidance with no branding, and list every supported platform in order', () => {
    expect(formPropsFrom(defaultSettings())).toEqual({
      organisationName: '',
      igContact: '',
      extraWording: '',
      platforms: ['X', 'LinkedIn', 'Facebook', 'Instagram', 'Threads', 'Bluesky', 'Reddit', 'Mastodon'],
    });
  });

  it('trims branding and picks up extra wording once settings carry it', () => {
    const props = formPropsFrom({ ...defaultSettings(), organisationName: '  Trust  ', consentFormWording: ' Our words. ' });
    expect(props.organisationName).toBe('Trust');
    expect(props.extraWording).toBe('Our words.');
  });
});
