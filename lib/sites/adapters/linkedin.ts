import type { SiteAdapter } from '../types';

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  matches: ['https://www.linkedin.com/*'],
  uploadUrlFilters: ['||www.linkedin.com/dms-uploads/', '||www.linkedin.com/voyager/api/voyagerVideoDashMediaUploadMetadata'],
  composerSelectors: ['.share-creation-state__text-editor [contenteditable="true"]', 'div.ql-editor[contenteditable="true"]'],
  profileEditorUrl: () => 'https://www.linkedin.com/in/me/edit/forms/summary/new/',
  profileTextLimit: 2600,
  profileTextSelectors: ['#about ~ div .inline-show-more-text', 'section[data-section="summary"]'],
};
