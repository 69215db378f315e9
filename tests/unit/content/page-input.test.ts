// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isCheckable, neutralName } from '../../../lib/content/file-kinds';
import { guardedStrings, inlineImagesOf } from '../../../lib/content/html-images';
import { parseHookClaim } from '../../../lib/content/hook-protocol';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const png64 = btoa(String.fromCharCode(...PNG));

describe('isCheckable: pictures by their bytes, not their names', () => {
  it('holds a JPEG saved as "wound.jpg_large" with no type', async () => {
    expect(await isCheckable(new File([Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0])], 'wound.jpg_large'))).toBe(true);
  });
  it('holds a PNG named like a text file', async () => {
    expect(await isCheckable(new File([PNG], 'notes.txt', { type: 'text/plain' }))).toBe(true);
  });
  it('lets a PDF and plain text pass', async () => {
    expect(await isCheckable(new File(['%PDF-1.4\n'], 'notes.pdf', { type: 'application/pdf' }))).toBe(false);
    expect(await isCheckable(new File(['hello'], 'a.jpg'))).toBe(false);
  });
  it('holds anything that claims to be an image or video', async () => {
    expect(await isCheckable(new File(['x'], 'a', { type: 'image/png' }))).toBe(true);
    expect(await isCheckable(new File(['x'], 'a', { type: 'video/mp4' }))).toBe(true);
  });
});

describe('neutralName', () => {
  it('carries nothing of the original name', () => {
    expect(neutralName(0, 'image/jpeg')).toBe('image-1.jpg');
    expect(neutralName(2, 'image/png')).toBe('image-3.png');
    expect(neutralName(0, 'application/x-unknown')).toBe('image-1.png');
  });
});

describe('images inlined in pasted HTML and text', () => {
  const uri = `data:image/png;base64,${png64}`;
  const strings = new Map([
    ['text/html', `<p>Healing</p><img src="${uri}"><img src="https://cdn.example/x.png">`],
    ['text/plain', 'Healing'],
  ]);

  it('finds each data: image once, with its bytes', async () => {
    const found = inlineImagesOf(new Map([...strings, ['text/uri-list', uri]]));
    expect(found.map((i) => i.uri)).toEqual([uri]);
    expect(new Uint8Array(await found[0]!.file.arrayBuffer())).toEqual(PNG);
  });

  it('ignores HTML without data: images', () => {
    expect(inlineImagesOf(new Map([['text/html', '<img src="https://a.example/b.png">']]))).toEqual([]);
  });

  it('after Cancel keeps the words and strips every picture', () => {
    const out = guardedStrings(strings, new Map([[uri, null]]), true);
    expect(out.get('text/html')).toBe('<p>Healing</p>');
    expect(out.get('text/plain')).toBe('Healing');
  });

  it('after Redact puts the approved copy where the original was, and nothing else', () => {
    const out = guardedStrings(strings, new Map([[uri, 'data:image/png;base64,AAAA']]), true);
    expect(out.get('text/html')).toBe('<p>Healing</p><img src="data:image/png;base64,AAAA">');
  });

  it('drops a text part that was itself the image', () => {
    const out = guardedStrings(new Map([['text/plain', uri]]), new Map([[uri, null]]), true);
    expect(out.has('text/plain')).toBe(false);
  });
});

describe('parseHookClaim: the page world can ask, never release', () => {
  it('accepts a well-formed pick claim, trimming its strings', () => {
    expect(parseHookClaim({ kind: 'pick', id: 3, accept: 'image/*', multiple: true, capture: '', directory: false })).toEqual({
      kind: 'pick', id: 3, accept: 'image/*', multiple: true, capture: '', directory: false,
    });
  });
  it('refuses anything else, including a delivery forged by the page', () => {
    expect(parseHookClaim({ kind: 'deliver', id: 1, files: [] })).toBeUndefined();
    expect(parseHookClaim({ kind: 'pick', id: 'x' })).toBeUndefined();
    expect(parseHookClaim({ kind: 'clipboard', id: 1, files: ['not a file'] })).toBeUndefined();
    expect(parseHookClaim(null)).toBeUndefined();
  });
});
