/**
 * Hosts the browsers themselves contact (updates, sign-in, remote settings), not the page or the
 * extension. The proxy refuses them too; they are left out when checking what the page sent.
 */
const BROWSER_OWN_HOSTS = [
  /(^|\.)googleapis\.com$/,
  /^accounts\.google\.com$/,
  /(^|\.)gvt1\.com$/,
  /^clients\d*\.google\.com$/,
  /(^|\.)services\.mozilla\.com$/,
  /(^|\.)mozilla\.(org|net|com)$/,
  /(^|\.)firefox\.com$/,
];

/** Refused hosts other than the browsers' own: anything here left the page or the extension. */
export function pageTraffic(refusedHosts: readonly string[]): string[] {
  return refusedHosts.filter((h) => !BROWSER_OWN_HOSTS.some((re) => re.test(h)));
}
