import type { SiteAdapter } from '../types';

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  matches: ['https://*.linkedin.com/*'],
  uploadUrlFilters: ['||www.linkedin.com/dms-uploads/', '||www.linkedin.com/voyager/api/voyagerVideoDashMediaUploadMetadata'],
  composerSelectors: ['.share-creation-state__text-editor [contenteditable="true"]', 'div.ql-editor[contenteditable="true"]'],
  // Not verified against the live site (issue 16); the names are the button's visible label.
  sendControl: { selectors: ['button.share-actions__primary-action'], names: ['Post'] },
  profileEditorUrl: () => 'https://www.linkedin.com/in/me/edit/forms/summary/new/',
  profileTextLimit: 2600,
  ownProfile: {
    // Only the owner sees the About section's edit link.
    paths: [/^\/in\/[^/]+\/?$/],
    ownMarkers: ['#navigation-add-edit-deeplink-edit-about', 'a[href*="/add-edit/SUMMARY/"]'],
    textSelectors: ['#about ~ div .inline-show-more-text span[aria-hidden="true"]', '#about ~ div .inline-show-more-text', '#about ~ div span[aria-hidden="true"]'],
  },
};
