import type { SiteAdapter } from '../types';

export const reddit: SiteAdapter = {
  id: 'reddit',
  name: 'Reddit',
  matches: ['https://*.reddit.com/*'],
  uploadUrlFilters: ['||reddit-uploaded-media.s3-accelerate.amazonaws.com/', '||www.reddit.com/api/media/asset.json'],
  composerSelectors: ['shreddit-composer div[contenteditable="true"]', 'textarea[name="text"]', 'textarea[name="title"]'],
  // Not verified against the live site (issue 16); the names are the button's visible label.
  sendControl: { selectors: ['#inner-post-submit-button', 'button[slot="submit-button"]'], names: ['Post'] },
  profileEditorUrl: () => 'https://www.reddit.com/settings/profile',
  // No ownProfile: the profile page's markup is obfuscated and changes often, so the dialog says it cannot check.
  profileTextLimit: 200,
};
