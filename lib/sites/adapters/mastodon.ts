import type { SiteAdapter } from '../types';

/** Any Mastodon instance; its origin is added by the user or policy, so there are no static matches. */
export const mastodon: SiteAdapter = {
  id: 'mastodon',
  name: 'Mastodon',
  matches: [],
  uploadUrlFilters: ['/api/v2/media', '/api/v1/media'],
  composerSelectors: ['.compose-form textarea', 'textarea.autosuggest-textarea__textarea'],
  // Not verified against the live site (issue 16); the names are the button's visible label.
  sendControl: { selectors: ['.compose-form__publish button[type="submit"]', '.compose-form button[type="submit"]'], names: ['Post', 'Publish', 'Toot!'] },
  profileEditorUrl: (origin) => `${origin}/settings/profile`,
  profileTextLimit: 500,
  ownProfile: {
    // The web app's own-profile header links to the profile settings; the settings page is a plain form.
    paths: [/^\/@[^/]+\/?$/, /^\/settings\/profile\/?$/],
    ownMarkers: ['.account__header a[href="/settings/profile"]', 'textarea#account_note'],
    textSelectors: ['textarea#account_note', '.account__header__bio .account__header__content'],
  },
};
