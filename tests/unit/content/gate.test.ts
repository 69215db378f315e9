// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

/** The user's decision for each held attachment, resolved by the test. */
const decisions: { files: readonly File[]; channel: string; decide(approved: File[] | null): void }[] = [];
vi.mock('../../../lib/content/attachment', () => ({
  needsHold: (files: readonly File[]) => files.length > 0,
  holdAttachment: (files: readonly File[], channel: string) =>
    new Promise<File[] | null>((resolve) => decisions.push({ files, channel, decide: resolve })),
}));

const { guardFileInputs } = await import('../../../lib/content/gate-input');
const { installPendingShield, isPending, whilePending } = await import('../../../lib/content/pending');
const { copyStrings, fire, isOurs, redispatchCancel, redispatchFiles, released, transferOf } = await import('../../../lib/content/redispatch');
const { gateStopped, stopGate } = await import('../../../lib/content/lifetime');

const image = (name: string) => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], name, { type: 'image/png' });

/** A file input as a page has it, with the files a user just chose. */
function chosen(files: File[]): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'file';
  document.body.append(input);
  input.files = transferOf(files).files;
  return input;
}

/** What the page's own listeners heard, in order, with the files each event carried. */
function pageListener(target: EventTarget, types: string[]): { type: string; files: string[] }[] {
  const heard: { type: string; files: string[] }[] = [];
  for (const type of types) {
    target.addEventListener(type, (event) => {
      const input = event.target as HTMLInputElement;
      heard.push({ type, files: [...(input.files ?? [])].map((f) => f.name) });
    });
  }
  return heard;
}

/** Lets the gate's `.then` (after the decision) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeAll(() => {
  guardFileInputs();
  installPendingShield();
});

beforeEach(() => {
  decisions.length = 0;
  document.body.replaceChildren();
});

afterEach(() => {
  // A test that fails half-way must not leave a hold open for the next one.
  for (const d of decisions) d.decide(null);
});

describe('the gate on a file input', () => {
  it('holds the chosen files before any page listener hears the change', async () => {
    const input = chosen([image('wound.png')]);
    const heard = pageListener(input, ['input', 'change']);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(heard).toEqual([]);
    expect(decisions.map((d) => ({ files: d.files.map((f) => f.name), channel: d.channel }))).toEqual([{ files: ['wound.png'], channel: 'input' }]);
    // A form submitted while the decision is pending must not carry the file.
    expect(input.files?.length ?? 0).toBe(0);
  });

  it('hands the page the approved files (the redacted copy), with the events a user’s choice fires', async () => {
    const input = chosen([image('wound.png')]);
    const heard = pageListener(input, ['input', 'change', 'cancel']);
    input.dispatchEvent(new Event('change', { bubbles: true }));
    decisions[0]!.decide([image('image-1.png')]);
    await settle();
    expect(heard).toEqual([
      { type: 'input', files: ['image-1.png'] },
      { type: 'change', files: ['image-1.png'] },
    ]);
    expect(released.get(input)?.map((f) => f.name)).toEqual(['image-1.png']);
  });

  it('tells the page its picker closed with nothing chosen when the user cancels', async () => {
    const input = chosen([image('wound.png')]);
    const heard = pageListener(input, ['input', 'change', 'cancel']);
    input.dispatchEvent(new Event('change', { bubbles: true }));
    decisions[0]!.decide(null);
    await settle();
    expect(heard).toEqual([{ type: 'cancel', files: [] }]);
    expect(input.value).toBe('');
  });

  it('lets a change with no files, and events on other inputs, through untouched', () => {
    const empty = chosen([]);
    const text = document.createElement('input');
    document.body.append(text);
    const heardEmpty = pageListener(empty, ['change']);
    const heardText = pageListener(text, ['change']);
    empty.dispatchEvent(new Event('change', { bubbles: true }));
    text.dispatchEvent(new Event('change', { bubbles: true }));
    expect([heardEmpty.length, heardText.length]).toEqual([1, 1]);
    expect(decisions).toEqual([]);
  });

  it('never holds the events it fired itself, so the approved files reach the page once', async () => {
    const input = chosen([image('wound.png')]);
    input.dispatchEvent(new Event('change', { bubbles: true }));
    decisions[0]!.decide([image('image-1.png')]);
    await settle();
    expect(decisions).toHaveLength(1);
  });
});

describe('our own events', () => {
  it('are told apart by identity, not by anything the page could set', () => {
    const mine = new Event('change');
    const forged = new Event('change');
    Object.defineProperty(forged, 'isTrusted', { value: true });
    fire(document.body, mine);
    expect(isOurs(mine)).toBe(true);
    expect(isOurs(forged)).toBe(false);
  });

  it('count as ours while they are being dispatched (Firefox hands the page its own copy)', () => {
    let during = false;
    const probe = new Event('probe');
    document.body.addEventListener('probe', (event) => (during = isOurs(new Event(event.type))), { once: true });
    fire(document.body, probe);
    expect(during).toBe(true);
    expect(isOurs(new Event('probe'))).toBe(false);
  });

  it('redispatch without the gate fires input and change, or cancel', () => {
    const input = chosen([]);
    const heard = pageListener(input, ['input', 'change', 'cancel']);
    redispatchFiles(input, [image('a.png')]);
    redispatchCancel(input);
    expect(heard.map((h) => h.type)).toEqual(['input', 'change', 'cancel']);
  });

  it('copy every string of a transfer (a drop or paste is unreadable once its event ends)', () => {
    const transfer = transferOf([], new Map([['text/plain', 'see image'], ['text/html', '<p>see</p>']]));
    expect([...copyStrings(transfer)]).toEqual([
      ['text/plain', 'see image'],
      ['text/html', '<p>see</p>'],
    ]);
  });
});

describe('while a decision is pending', () => {
  const INPUTS = ['pointerdown', 'keydown', 'focus', 'click'];

  it('swallows the page’s pointer, keyboard and focus events, and lets them through again after', async () => {
    const heard: string[] = [];
    for (const type of INPUTS) document.addEventListener(type, () => heard.push(type), true);
    let finish!: () => void;
    const pending = whilePending(() => new Promise<void>((resolve) => (finish = resolve)));
    expect(isPending()).toBe(true);
    for (const type of INPUTS) document.body.dispatchEvent(new Event(type, { bubbles: true }));
    expect(heard).toEqual([]);
    finish();
    await pending;
    expect(isPending()).toBe(false);
    for (const type of INPUTS) document.body.dispatchEvent(new Event(type, { bubbles: true }));
    expect(heard).toEqual(INPUTS);
  });

  it('stays up until the last of two holds settles', async () => {
    let first!: () => void;
    let second!: () => void;
    const a = whilePending(() => new Promise<void>((resolve) => (first = resolve)));
    const b = whilePending(() => new Promise<void>((resolve) => (second = resolve)));
    first();
    await a;
    expect(isPending()).toBe(true);
    second();
    await b;
    expect(isPending()).toBe(false);
  });

  it('drops the shield when the hold fails, too', async () => {
    await expect(whilePending(() => Promise.reject(new Error('lost')))).rejects.toThrow('lost');
    expect(isPending()).toBe(false);
  });

  it('lets through our own events and those inside our own host element', async () => {
    const host = document.createElement('div');
    host.setAttribute('data-consent-guard', '');
    const button = document.createElement('button');
    host.append(button);
    document.body.append(host);
    const heard: string[] = [];
    document.addEventListener('keydown', (e) => heard.push(e.target === button ? 'ours-host' : 'fired'), true);
    let finish!: () => void;
    const pending = whilePending(() => new Promise<void>((resolve) => (finish = resolve)));
    button.dispatchEvent(new Event('keydown', { bubbles: true, composed: true }));
    fire(document.body, new Event('keydown', { bubbles: true }));
    document.body.dispatchEvent(new Event('keydown', { bubbles: true }));
    expect(heard).toEqual(['ours-host', 'fired']);
    finish();
    await pending;
  });
});

describe('after the extension is updated or removed', () => {
  it('stops intercepting: the page gets the file input’s change as it is, and no hold opens', () => {
    stopGate();
    expect(gateStopped()).toBe(true);
    const input = chosen([image('wound.png')]);
    const heard = pageListener(input, ['change']);
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(heard).toEqual([{ type: 'change', files: ['wound.png'] }]);
    expect(decisions).toEqual([]);
  });
});
