/** Identifies a supported social site. Mastodon covers every instance the user or policy adds. */
export type SiteId = 'x' | 'linkedin' | 'facebook' | 'instagram' | 'threads' | 'bluesky' | 'reddit' | 'mastodon';

/**
 * What Consent Guard needs to know about one site. Interception itself is generic;
 * an adapter only describes the site.
 */
export interface SiteAdapter {
  readonly id: SiteId;
  /** Human name shown in the dialog and options page. */
  readonly name: string;
  /** Match patterns for the content scripts and host permissions (empty for Mastodon: added at run time). */
  readonly matches: readonly string[];
  /** Known upload endpoints, as declarativeNetRequest urlFilters, blocked while a decision is pending. */
  readonly uploadUrlFilters: readonly string[];
  /** CSS selectors of the post composer, most specific first; the dialog checks its text for identifying context. */
  readonly composerSelectors: readonly string[];
  /** Where the user edits the profile text that can carry the consent statement. */
  profileEditorUrl(origin: string): string;
  /** Characters allowed in the profile field that holds the statement. */
  readonly profileTextLimit: number;
  /** Selectors of the profile text on the user's own profile page (read-only check for a statement). */
  readonly profileTextSelectors: readonly string[];
}
