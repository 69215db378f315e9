import type { SiteAdapter } from '../types';

export const x: SiteAdapter = {
  id: 'x',
  name: 'X',
  matches: ['https://*.x.com/*', 'https://*.twitter.com/*'],
  uploadUrlFilters: ['||upload.x.com/i/media/upload', '||upload.twitter.com/i/media/upload'],
  composerSelectors: ['[data-testid="tweetTextarea_0"]', 'div[role="textbox"][contenteditable="true"]'],
  // Not verified against the live site (issue 16); the names are the button's visible label.
  sendControl: { selectors: ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]'], names: ['Post', 'Reply'] },
  profileEditorUrl: () => 'https://x.com/settings/profile',
  profileTextLimit: 160,
  ownProfile: {
    // A profile page (x.com/<handle>) shows "Edit profile" only to its owner; the editor is a modal over it.
    paths: [/^\/[A-Za-z0-9_]{1,15}\/?$/, /^\/settings\/profile\/?$/],
    ownMarkers: ['[data-testid="editProfileButton"]', 'textarea[name="description"]'],
    textSelectors: ['textarea[name="description"]', '[data-testid="UserDescription"]'],
  },
};
/* Upload endpoint and bio limit: docs/design-notes.md, Interception §2 (checked 2026-11). */
