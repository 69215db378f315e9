// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsentForm, type ConsentFormProps } from '../../../components/consent-form/ConsentForm';
import { SITES } from '../../../lib/sites/registry';
import { MESSAGES } from './catalogue';

const BASE: ConsentFormProps = { organisationName: '', igContact: '', extraWording: '', platforms: SITES.map((s) => s.name) };

function mount(props: Partial<ConsentFormProps> = {}): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<ConsentForm {...BASE} {...props} />, root));
  return root;
}

afterEach(() => {
  document.querySelectorAll('body > div').forEach((d) => act(() => render(null, d)));
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const text = (el: Element) => el.textContent?.replace(/\s+/g, ' ') ?? '';
const labels = (root: ParentNode) => [...root.querySelectorAll('label')].map((l) => text(l).trim());

describe('ConsentForm', () => {
  it('has every section GMC guidance asks for, in order', () => {
    const root = mount();
    const headings = [...root.querySelectorAll('h2')].map(text);
    expect(headings).toEqual(['form_h_picture', 'form_h_purpose', 'form_h_platforms', 'form_h_means', 'form_h_contact', 'form_h_agree', 'form_h_clinician'].map((k) => MESSAGES[k]!.message));
    const all = text(root);
    for (const needle of ['public', 'Anyone in the world', 'copy the post', 'name, dates and numbers', 'hide your face', 'rare', 'your care will not change', 'change your mind', 'copies that others have made', "patient's clinical record"]) {
      expect(all).toContain(needle);
    }
  });

  it('can record consent to an identifiable picture, names what will be written with it, and records the post', () => {
    const root = mount();
    const ticks = labels(root);
    expect(ticks.some((l) => l.startsWith('Nothing that shows who you are.'))).toBe(true);
    expect(ticks.some((l) => l.startsWith('Something that could show who you are, such as your face'))).toBe(true);
    expect(root.querySelector('input[name="show-what"]')).not.toBeNull();
    expect(root.querySelector('textarea[name="story"]')).not.toBeNull();
    expect(ticks).toContain('What we will write with the picture (the story of the case)');
    expect(text(root)).toContain('Changing your mind will not change your care.');
    expect(root.querySelector('input[name="posted-date"]')).not.toBeNull();
    expect(root.querySelector('input[name="posted-link"]')).not.toBeNull();
    // Removing identifiers is no longer promised unconditionally, which an identifiable picture would make untrue.
    expect(text(root)).toContain('Unless you agree that something can show');
  });

  it('offers purpose and platform tick boxes: every supported site plus "Other" with a space to write', () => {
    const root = mount();
    const ticks = labels(root);
    for (const purpose of ['To teach doctors', 'To talk about the case', 'To help the public']) expect(ticks.some((l) => l.startsWith(purpose))).toBe(true);
    for (const name of ['X', 'LinkedIn', 'Facebook', 'Instagram', 'Threads', 'Bluesky', 'Mastodon', 'Reddit']) expect(ticks).toContain(name);
    expect(ticks).toContain('Other:');
    expect(root.querySelector('input[name="platform-other-name"]')).not.toBeNull();
  });

  it('has signature, name and date for the patient, a representative (with relationship) and the clinician (role, registration)', () => {
    const root = mount();
    expect(root.querySelectorAll('.cf-sign-space')).toHaveLength(3);
    for (const who of ['patient', 'representative', 'clinician']) {
      expect(root.querySelector(`input[name="${who}-name"]`), who).not.toBeNull();
      expect(root.querySelector(`input[name="${who}-date"]`), who).not.toBeNull();
    }
    expect(labels(root)).toEqual(expect.arrayContaining(['Relationship to the patient', 'Role', 'GMC, NMC or HCPC number']));
    expect(text(root)).toContain('parental responsibility');
  });

  it('shows the trust branding, contact and extra wording when set, and nothing in their place when not', () => {
    const plain = mount();
    expect(plain.querySelector('[data-testid="organisation"]')).toBeNull();
    expect(plain.querySelector('[data-testid="ig-contact"]')).toBeNull();
    expect(plain.querySelector('[data-testid="extra-wording"]')).toBeNull();

    const branded = mount({ organisationName: 'Example NHS Trust', igContact: 'ig@example.nhs.uk', extraWording: 'First paragraph.\n\nSecond paragraph.' });
    expect(text(branded.querySelector('[data-testid="organisation"]')!)).toBe('Example NHS Trust');
    expect(text(branded.querySelector('[data-testid="ig-contact"]')!)).toBe('You can also contact ig@example.nhs.uk.');
    const extra = branded.querySelector('[data-testid="extra-wording"]')!;
    expect(text(extra.querySelector('h3')!)).toBe('More from Example NHS Trust');
    expect([...extra.querySelectorAll('p')].map(text)).toEqual(['First paragraph.', 'Second paragraph.']);
  });

  it('"Print or save as PDF" opens the print dialog (window.print by default)', () => {
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true, writable: true });
    const root = mount();
    const button = [...root.querySelectorAll('button')].find((b) => text(b) === 'Print or save as PDF')!;
    act(() => button.click());
    expect(print).toHaveBeenCalledOnce();
  });

  it('shows a picked picture from an object URL only, says it is not saved, and revokes the URL on removal', () => {
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:picture-1');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const root = mount();
    expect(text(root)).toContain('It is not saved or sent anywhere.');
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(input.accept).toBe('image/*');
    const file = new File([new Uint8Array([1, 2, 3])], 'frame.png', { type: 'image/png' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
    expect(create).toHaveBeenCalledWith(file);
    expect(root.querySelector('img.cf-picture')?.getAttribute('src')).toBe('blob:picture-1');
    const remove = [...root.querySelectorAll('button')].find((b) => text(b) === 'Remove picture')!;
    act(() => remove.click());
    expect(root.querySelector('img.cf-picture')).toBeNull();
    expect(revoke).toHaveBeenCalledWith('blob:picture-1');
  });

  it('turns autocomplete off on every field, so the browser keeps no patient details', () => {
    const root = mount();
    const fields = root.querySelectorAll('input, textarea');
    expect(fields.length).toBeGreaterThan(20);
    for (const f of fields) expect(f.getAttribute('autocomplete'), f.getAttribute('name') ?? '').toBe('off');
  });

  it('keeps on-screen controls out of the printout', () => {
    const root = mount();
    for (const el of [root.querySelector('.cf-print-button'), root.querySelector('input[type="file"]'), root.querySelector('textarea')]) {
      expect(el?.closest('.cf-screen'), el?.outerHTML).not.toBeNull();
    }
  });
});

describe('consent-form.css', () => {
  const css = readFileSync(resolve(import.meta.dirname, '../../../components/consent-form/consent-form.css'), 'utf8');
  it('prints on A4 with margins, at 12pt or more, hiding screen-only controls', () => {
    expect(css).toMatch(/@page\s*{[^}]*size:\s*A4/);
    expect(css).toMatch(/@page\s*{[^}]*margin:\s*\d+mm/);
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toMatch(/\.cf-screen\s*{\s*display:\s*none !important/);
    expect(print).toMatch(/:root\s*{[^}]*font-size:\s*12pt/);
    const sizes = [...print.matchAll(/font-size:\s*([\d.]+)pt/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  });
});
