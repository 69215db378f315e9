/** The shape of a messages.json file. */
export type Catalogue = Record<string, { message: string } | undefined>;

let fallback: Catalogue = {};

/** Sets the catalogue used outside the extension (unit tests, preview pages read messages.json themselves). */
export function useCatalogue(messages: Catalogue): void {
  fallback = messages;
}

interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
}

function extensionI18n(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** Fills $1..$9 the way the browser does for messages without named placeholders. */
function substitute(message: string, subs: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

/**
 * A message from the extension's catalogue (public/_locales/en_GB/messages.json).
 * Outside the extension it uses the catalogue given to `useCatalogue`, and an unknown key comes back as the key itself, so a missing message is visible, never blank.
 */
export function t(key: string, subs: string | number | readonly (string | number)[] = []): string {
  const list = (Array.isArray(subs) ? subs : [subs]).map(String);
  try {
    const fromBrowser = extensionI18n()?.getMessage(key, list);
    if (fromBrowser) return fromBrowser;
  } catch {
    // Not running as an extension page: use the fallback catalogue.
  }
  const entry = fallback[key];
  return entry ? substitute(entry.message, list) : key;
}
