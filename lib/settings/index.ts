export * from './types';
export { SETTING_DEFINITIONS, SETTING_KEYS, defaultSettings, definitionOf, type LooseDefinition } from './schema';
export { sanitiseSettings, isValidPattern, httpsOrigin } from './validate';
export { mergeSettings } from './merge';
export { isSiteEnabled, siteStatus, isOffByPolicy, type SiteStatus } from './sites';
