import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { getSettingsState, invalidateSettings, saveUserSettings, settingsForHint, watchSettings, HINT_WAIT_MS, USER_SETTINGS_KEY } = await import('../../../lib/settings/store');

const setPolicy = (policy: Record<string, unknown>) =>
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue(policy as never);

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  invalidateSettings();
});

describe('settings store', () => {
  it('uses the defaults when there is no policy and no user choice (Chrome answers {})', async () => {
    setPolicy({});
    const state = await getSettingsState();
    expect(state.settings.enforcementMode).toBe('confirm');
    expect(state.settings.alwaysStripMetadata).toBe(true);
    expect(state.locked).toEqual([]);
    expect(state.managed).toBe(false);
  });

  it('treats Firefox throwing on storage.managed.get as unmanaged, without crashing', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { organisationName: 'Mine' } });
    const state = await getSettingsState();
    expect(state.managed).toBe(false);
    expect(state.settings.organisationName).toBe('Mine');
  });

  it('lets policy override the user and locks those keys', async () => {
    setPolicy({ alwaysStripMetadata: false, igContact: 'IG team, ext 1234' });
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { alwaysStripMetadata: true, organisationName: 'Mine' } });
    const state = await getSettingsState();
    expect(state.settings.alwaysStripMetadata).toBe(false);
    expect(state.settings.igContact).toBe('IG team, ext 1234');
    expect(state.settings.organisationName).toBe('Mine');
    expect(state.locked.sort()).toEqual(['alwaysStripMetadata', 'igContact']);
    expect(state.managed).toBe(true);
  });

  it('reports policy keys this version does not use, such as retired settings, and ignores them', async () => {
    setPolicy({ allowPostOriginal: false, requireReason: true, igContact: 'IG' });
    const state = await getSettingsState();
    expect(state.unknownPolicyKeys).toEqual(['allowPostOriginal', 'requireReason']);
    expect(state.locked).toEqual(['igContact']);
  });

  it('ignores invalid policy values (Firefox applies no schema) and reports them', async () => {
    setPolicy({ enforcementMode: 'maximum', auditRetentionDays: -3, hospitalNumberPatterns: ['^RX\\d{7}$', '(['], faceDetection: false });
    const state = await getSettingsState();
    expect(state.settings.enforcementMode).toBe('confirm');
    expect(state.settings.auditRetentionDays).toBe(90);
    expect(state.settings.hospitalNumberPatterns).toEqual(['^RX\\d{7}$']);
    expect(state.settings.faceDetection).toBe(false);
    expect(state.locked).toEqual(['hospitalNumberPatterns', 'faceDetection']);
    expect(state.rejected).toEqual(['enforcementMode', 'hospitalNumberPatterns', 'auditRetentionDays']);
  });

  it('never saves a user change to a locked key', async () => {
    setPolicy({ enforcementMode: 'block' });
    const state = await saveUserSettings({ enforcementMode: 'off', organisationName: 'Ward 7' });
    expect(state.settings.enforcementMode).toBe('block');
    expect(state.settings.organisationName).toBe('Ward 7');
    const stored = await fakeBrowser.storage.local.get(USER_SETTINGS_KEY);
    expect(stored[USER_SETTINGS_KEY]).toEqual({ organisationName: 'Ward 7' });
  });

  it('reads policy once, then again only after storage.onChanged reports a managed change', async () => {
    const get = setPolicy({ organisationName: 'Trust A' });
    const onChange = vi.fn();
    const stop = watchSettings(onChange);
    await getSettingsState();
    await getSettingsState();
    expect(get).toHaveBeenCalledTimes(1);

    get.mockResolvedValue({ organisationName: 'Trust B' } as never);
    await fakeBrowser.storage.onChanged.trigger({ organisationName: { newValue: 'Trust B' } }, 'managed');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect((await getSettingsState()).settings.organisationName).toBe('Trust B');
    expect(get).toHaveBeenCalledTimes(2);
    stop();
  });
});

describe('settings for a hint (warming the engine)', () => {
  it('are the effective settings, policy included, when the policy answers in time', async () => {
    setPolicy({ enabledSites: ['x'] });
    expect((await settingsForHint()).enabledSites).toEqual(['x']);
  });

  it('do not wait for a slow policy: the user’s own choices over the defaults, while holding still waits for it', async () => {
    vi.useFakeTimers();
    try {
      let answer: (policy: Record<string, unknown>) => void = () => undefined;
      vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise((resolve) => (answer = resolve)) as never);
      await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { organisationName: 'Mine' } });
      const hint = settingsForHint();
      let full: unknown;
      void getSettingsState().then((s) => (full = s));
      await vi.advanceTimersByTimeAsync(HINT_WAIT_MS);
      const settings = await hint;
      expect(settings.organisationName).toBe('Mine');
      expect(settings.enabledSites.length).toBeGreaterThan(1);
      expect(full).toBeUndefined();
      answer({ enabledSites: ['x'] });
      await vi.waitFor(() => expect(full).toMatchObject({ settings: { enabledSites: ['x'] } }));
    } finally {
      vi.useRealTimers();
    }
  });
});
