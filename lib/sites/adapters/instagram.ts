import type { SiteAdapter } from '../types';

export const instagram: SiteAdapter = {
  id: 'instagram',
  name: 'Instagram',
  matches: ['https://*.instagram.com/*'],
  uploadUrlFilters: ['||www.instagram.com/rupload_igphoto/', '||i.instagram.com/rupload_igphoto/'],
  composerSelectors: ['div[role="dialog"] div[role="textbox"][contenteditable="true"]', 'div[role="dialog"] textarea'],
  // Not verified against the live site (issue 16); the names are the button's visible label.
  sendControl: { selectors: [], names: ['Share'] },
  profileEditorUrl: () => 'https://www.instagram.com/accounts/edit/',
  profileTextLimit: 150,
  ownProfile: {
    // The profile page's markup is obfuscated; the "Edit profile" form's bio field has a stable id.
    paths: [/^\/accounts\/edit\/?$/],
    ownMarkers: ['textarea#pepBio'],
    textSelectors: ['textarea#pepBio'],
  },
};
