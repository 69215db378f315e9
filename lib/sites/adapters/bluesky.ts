import type { SiteAdapter } from '../types';

export const bluesky: SiteAdapter = {
  id: 'bluesky',
  name: 'Bluesky',
  matches: ['https://*.bsky.app/*'],
  uploadUrlFilters: ['/xrpc/com.atproto.repo.uploadBlob', '||video.bsky.app/xrpc/app.bsky.video.uploadVideo'],
  composerSelectors: ['div[data-testid="composePostView"] div.ProseMirror', 'div.ProseMirror[contenteditable="true"]'],
  // Not verified against the live site (issue 16); the names are the button's visible label.
  sendControl: { selectors: ['[data-testid="composerPublishBtn"]'], names: ['Post', 'Publish post'] },
  profileEditorUrl: () => 'https://bsky.app/profile/me',
  profileTextLimit: 256,
  ownProfile: {
    paths: [/^\/profile\/[^/]+\/?$/],
    ownMarkers: ['[data-testid="profileHeaderEditProfileButton"]'],
    textSelectors: ['[data-testid="profileHeaderDescription"]'],
  },
};
