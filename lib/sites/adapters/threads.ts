import type { SiteAdapter } from '../types';

export const threads: SiteAdapter = {
  id: 'threads',
  name: 'Threads',
  matches: ['https://*.threads.net/*', 'https://*.threads.com/*'],
  uploadUrlFilters: ['||www.threads.net/rupload_igphoto/', '||www.threads.com/rupload_igphoto/'],
  composerSelectors: ['div[role="dialog"] div[contenteditable="true"]'],
  // Not verified against the live site (issue 16); the names are the button's visible label.
  sendControl: { selectors: [], names: ['Post'] },
  profileEditorUrl: (origin) => `${origin}/settings/account`,
  // No ownProfile: the profile page's markup is obfuscated and changes often, so the dialog says it cannot check.
  profileTextLimit: 150,
};
