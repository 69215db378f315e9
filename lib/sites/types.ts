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
  /**
   * Match patterns for the content scripts and host permissions (empty for Mastodon: added at run time).
   * `*.` covers the domain and every subdomain, so the gate also runs in the site's own upload and
   * media frames (upload.x.com, business.facebook.com, …), where a page could put a file input.
   */
  readonly matches: readonly string[];
  /** Known upload endpoints, as declarativeNetRequest urlFilters, blocked while a decision is pending. */
  readonly uploadUrlFilters: readonly string[];
  /** CSS selectors of the post composer, most specific first; the dialog checks its text for identifying context. */
  readonly composerSelectors: readonly string[];
  /**
   * The control that sends the post: CSS selectors, and the accessible names ("Post", "Share") of a button or
   * role=button the site gives no stable selector. The post's text is checked again when it is clicked.
   */
  readonly sendControl: { readonly selectors: readonly string[]; readonly names: readonly string[] };
  /** Where the user edits the profile text that can carry the consent statement. */
  profileEditorUrl(origin: string): string;
  /** Characters allowed in the profile field that holds the statement. */
  readonly profileTextLimit: number;
  /** Where the user's own profile text can be read (read-only check for a consent statement); absent where it cannot. */
  readonly ownProfile?: OwnProfileReader;
}

/**
 * How to read the signed-in user's own profile text on a site. Selectors follow the site's public page structure
 * (checked against fixtures in tests/unit/sites/fixtures, not against the live site, which changes).
 */
export interface OwnProfileReader {
  /** Paths (location.pathname) of pages that can show the user's own profile text. */
  readonly paths: readonly RegExp[];
  /** Elements shown only on the user's own profile or its editor (an "Edit profile" control, the editor's field). */
  readonly ownMarkers: readonly string[];
  /** The profile text: an element's text, or a form field's value on the profile editor. First match wins. */
  readonly textSelectors: readonly string[];
}
