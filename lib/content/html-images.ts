/**
 * Images can ride in a paste or drop without any file: as `<img src="data:…">` in its HTML (a
 * copy from a document or another web page) or as a `data:image/…` URI in its text (which some
 * composers fetch and attach, as Bluesky does with a pasted image URL). These are the same bytes
 * as a file, so they are held and checked like one; after Cancel or Redact no image markup from
 * the original reaches the page.
 */

/** One image carried inline, and the exact URI it was carried as. */
export interface InlineImage {
  uri: string;
  file: File;
}

const DATA_IMAGE = /^data:(image\/[a-z0-9.+-]+)?(;[^,]*)?,/i;
/** Markup that shows a picture, or fetches one. */
const PICTURE_MARKUP = 'img, picture, source, svg, image, video, audio, object, embed, iframe, canvas, input[type=image]';
const MAX_INLINE = 20;

function fileOfDataUri(uri: string, index: number): File | undefined {
  const match = DATA_IMAGE.exec(uri);
  if (!match) return undefined;
  const type = match[1]?.toLowerCase() ?? 'image/png';
  const body = uri.slice(match[0].length);
  try {
    const bytes = /;base64/i.test(match[2] ?? '')
      ? Uint8Array.from(atob(body.replace(/\s+/g, '')), (c) => c.charCodeAt(0))
      : new TextEncoder().encode(decodeURIComponent(body));
    return new File([bytes], `pasted-image-${index + 1}`, { type });
  } catch {
    // Undecodable: still an image the page could show. An empty file makes the check say it cannot be read.
    return new File([], `pasted-image-${index + 1}`, { type });
  }
}

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** Every data: image in the transfer's HTML and text, in order, each once. */
export function inlineImagesOf(strings: ReadonlyMap<string, string>): InlineImage[] {
  const uris: string[] = [];
  const html = strings.get('text/html');
  if (html && /src\s*=\s*["']?\s*data:/i.test(html)) {
    for (const img of parse(html).querySelectorAll('[src]')) uris.push((img.getAttribute('src') ?? '').trim());
  }
  for (const type of ['text/plain', 'text/uri-list']) {
    const text = strings.get(type)?.trim();
    if (text && /^data:image\//i.test(text)) uris.push(text);
  }
  const unique = [...new Set(uris.filter((u) => /^data:image\//i.test(u)))].slice(0, MAX_INLINE);
  return unique.flatMap((uri, i) => {
    const file = fileOfDataUri(uri, i);
    return file ? [{ uri, file }] : [];
  });
}

/**
 * The transfer's strings as the page may have them: `replacements` maps each held inline image to
 * its approved copy (a data URI), or to null when it must go. With `stripOthers`, every other
 * picture markup goes too, and a text or URI list that was an inline image is dropped.
 */
export function guardedStrings(strings: ReadonlyMap<string, string>, replacements: ReadonlyMap<string, string | null>, stripOthers: boolean): Map<string, string> {
  const out = new Map<string, string>();
  for (const [type, value] of strings) {
    if (type === 'text/html') {
      out.set(type, rewriteHtml(value, replacements, stripOthers));
      continue;
    }
    const trimmed = value.trim();
    if (replacements.has(trimmed)) {
      const next = replacements.get(trimmed);
      if (next) out.set(type, next);
      continue;
    }
    if (stripOthers && type === 'text/uri-list') continue;
    out.set(type, value);
  }
  return out;
}

function rewriteHtml(html: string, replacements: ReadonlyMap<string, string | null>, stripOthers: boolean): string {
  const doc = parse(html);
  const kept = new Set<Element>();
  for (const el of doc.querySelectorAll('[src]')) {
    const src = (el.getAttribute('src') ?? '').trim();
    if (!replacements.has(src)) continue;
    const next = replacements.get(src);
    if (next) {
      el.setAttribute('src', next);
      kept.add(el);
    } else el.remove();
  }
  if (stripOthers) {
    for (const el of doc.querySelectorAll(PICTURE_MARKUP)) if (!kept.has(el)) el.remove();
    for (const el of doc.querySelectorAll('[style*="url("], [background], [srcset]')) {
      el.removeAttribute('style');
      el.removeAttribute('background');
      el.removeAttribute('srcset');
    }
  }
  return doc.body.innerHTML;
}

/** A file as a data: URI, so an approved copy can stand where the original sat in the HTML. */
export async function dataUriOf(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${file.type || 'image/png'};base64,${btoa(binary)}`;
}
