import type { SiteAdapter } from '../types';

export const facebook: SiteAdapter = {
  id: 'facebook',
  name: 'Facebook',
  matches: ['https://*.facebook.com/*'],
  uploadUrlFilters: ['||upload.facebook.com/', '||www.facebook.com/ajax/react_composer/attachments/photo/upload'],
  composerSelectors: ['div[role="dialog"] div[role="textbox"][contenteditable="true"]'],
  // Not verified against the live site (issue 16); the names are the button's visible label.
  sendControl: { selectors: ['div[role="dialog"] div[aria-label="Post"][role="button"]'], names: ['Post'] },
  profileEditorUrl: () => 'https://www.facebook.com/me/about',
  // No ownProfile: the profile page's markup is obfuscated and changes often, so the dialog says it cannot check.
  profileTextLimit: 101,
};
