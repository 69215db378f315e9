import type { SiteAdapter } from '../types';

export const x: SiteAdapter = {
  id: 'x',
  name: 'X',
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  uploadUrlFilters: ['||upload.x.com/i/media/upload', '||upload.twitter.com/i/media/upload'],
  composerSelectors: ['[data-testid="tweetTextarea_0"]', 'div[role="textbox"][contenteditable="true"]'],
  profileEditorUrl: () => 'https://x.com/settings/profile',
  profileTextLimit: 160,
  profileTextSelectors: ['[data-testid="UserDescription"]'],
};
/* Verified: upload endpoint and bio limit from ../shared/notes/interception.md §2 (2026-11). */
