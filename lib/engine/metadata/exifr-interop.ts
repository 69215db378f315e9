import * as exifrModule from 'exifr';

type Exifr = typeof exifrModule;
type Loose = Partial<Exifr> & { default?: Partial<Exifr> };

/**
 * exifr ships ESM (named exports; its default export lacks `sidecar`) and UMD
 * (everything on the default export); Vite picks the first, Node/tsx the second.
 */
function pick<K extends 'parse' | 'sidecar'>(name: K): Exifr[K] {
  const mod = exifrModule as unknown as Loose;
  const fn = mod[name] ?? mod.default?.[name];
  if (typeof fn !== 'function') throw new Error(`exifr.${name} is unavailable`);
  return fn as Exifr[K];
}

/** exifr.parse, whichever build was loaded. */
export const parseExif: Exifr['parse'] = (...args) => pick('parse')(...args);
/** exifr.sidecar (standalone XMP), whichever build was loaded. */
export const parseSidecar: Exifr['sidecar'] = (...args) => pick('sidecar')(...args);
