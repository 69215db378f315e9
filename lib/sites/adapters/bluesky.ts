import type { SiteAdapter } from '../types';

export const bluesky: SiteAdapter = {
  id: 'bluesky',
  name: 'Bluesky',
  matches: ['https://*.bsky.app/*'],
  uploadUrlFilters: ['/xrpc/com.atproto.repo.uploadBlob', '||video.bsky.app/xrpc/app.bsky.video.uploadVideo'],
  composerSelectors: ['div[data-testid="composePostView"] div.ProseMirror', 'div.ProseMirror[contenteditable="true"]'],
  profileEditorUrl: () => 'https://bsky.app/profile/me',
  profileTextLimit: 256,
  ownProfile: {
    paths: [/^\/profile\/[^/]+\/?$/],
    ownMarkers: ['[data-testid="profileHeaderEditProfileButton"]'],
    textSelectors: ['[data-testid="profileHeaderDescription"]'],
  },
};
