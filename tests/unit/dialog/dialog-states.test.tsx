// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsentDialog } from '../../../components/dialog/ConsentDialog';
import { withPolicyDefaults } from '../../../lib/dialog/policy';
import { checked, clearReport, endoscopyReport, photoReport, POST_FINDINGS, props, reviewReport } from './fixtures';
import { buttonNames, click, mount, cleanup } from './render';

afterEach(cleanup);

const dialogOf = (root: HTMLElement) => root.querySelector('[role="dialog"]')!;
const nameOf = (dialog: Element) => document.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent!;

describe('ConsentDialog states', () => {
  it('is a modal dialog named "Consent Guard…" while checking, with progress and only Cancel', () => {
    const images = [checked(endoscopyReport('a.png')), { name: 'b.png', boxes: [] }, { name: 'c.png', boxes: [] }];
    const root = mount(<ConsentDialog {...props({ images })} />);
    const dialog = dialogOf(root);
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(nameOf(dialog)).toMatch(/^Consent Guard/);
    expect(root.textContent).toContain('Checking 2 of 3 images…');
    expect(root.querySelector('[aria-live="polite"]')!.textContent).toBe('Checking 2 of 3 images…');
    expect(buttonNames(root)).toEqual(['Cancel']);
  });

  it('lists findings in plain words with every decision button', () => {
    const root = mount(<ConsentDialog {...props({ images: [checked(endoscopyReport()), checked(photoReport())], postFindings: POST_FINDINGS })} />);
    const text = root.textContent!;
    expect(text).toContain('This may identify a patient');
    expect(text).toContain('Date of birth 15/02/1950');
    expect(text).toContain('NHS number 999 156 3687 (valid check digit)');
    expect(text).toContain('Name TURNER, Jane');
    expect(text).toContain('Other text to review: ‘Eh:A7 Cm:1’');
    expect(text).toContain('1 face');
    expect(text).toContain('Location in photo metadata');
    expect(text).toContain('Your post mentions: ‘this morning’ (a time)');
    expect(buttonNames(root)).toEqual(expect.arrayContaining(['Cancel', 'Post original', 'Redact and continue']));
    expect(root.querySelector('[aria-live="polite"]')!.textContent).toContain('Check finished');
  });

  it('draws a box over each face, identifier and other text region', () => {
    const root = mount(<ConsentDialog {...props({ images: [checked(endoscopyReport())] })} />);
    expect(root.querySelectorAll('svg rect.cg-kind-identifier')).toHaveLength(3);
    expect(root.querySelectorAll('svg rect.cg-kind-text')).toHaveLength(1);
    const nhs = [...root.querySelectorAll('svg rect')].find((r) => r.textContent?.includes('NHS'))!;
    expect([nhs.getAttribute('x'), nhs.getAttribute('y'), nhs.getAttribute('width'), nhs.getAttribute('height')]).toEqual(['72', '175', '92', '10']);
    expect(root.querySelector('svg')!.getAttribute('viewBox')).toBe('0 0 1280 1024');
  });

  it('says "No faces found" and never calls an image safe', () => {
    const root = mount(<ConsentDialog {...props({ images: [checked(reviewReport())] })} />);
    expect(root.textContent).toContain('No faces found');
    expect(root.textContent).toContain('please look before you post');
    expect(root.textContent!.toLowerCase()).not.toMatch(/\bsafe\b/);
  });

  it('shows the redacted preview once ready', () => {
    const image = { ...checked(endoscopyReport()), preview: { status: 'ready' as const, url: 'blob:redacted' } };
    const root = mount(<ConsentDialog {...props({ images: [image] })} />);
    const img = root.querySelector('.cg-preview img')!;
    expect(img.getAttribute('src')).toBe('blob:redacted');
    expect(img.getAttribute('alt')).toBe('Redacted copy of endoscopy.png');
  });

  it('shows a short notice for a clear result, with a way to stop it', () => {
    const onStopAutoContinue = vi.fn();
    const root = mount(<ConsentDialog {...props({ images: [checked(clearReport())], autoContinue: true, onStopAutoContinue })} />);
    expect(root.textContent).toContain('No faces or identifiers found');
    expect(buttonNames(root)).toEqual(['Cancel', 'Review first']);
    click([...root.querySelectorAll('button')].find((b) => b.textContent === 'Review first'));
    expect(onStopAutoContinue).toHaveBeenCalledOnce();
  });

  it('says plainly when a file could not be checked, keeps it held, and offers no redaction', () => {
    const images = [{ name: 'IMG_0042.HEIC', boxes: [], failure: { code: 'unsupported-image' as const, message: 'HEIC' } }];
    const root = mount(<ConsentDialog {...props({ images })} />);
    expect(root.textContent).toContain("This couldn't be checked");
    expect(root.textContent).toContain("IMG_0042.HEIC can't be checked");
    expect(root.textContent).toContain('It stays held.');
    expect(buttonNames(root)).toEqual(['Cancel', 'Post original']);
  });

  it('gives the before-you-post advice: rare conditions, the team, time and place, age and sex', () => {
    const text = mount(<ConsentDialog {...props()} />).textContent!;
    expect(text).toContain('Before you post');
    expect(text).toContain('A rare condition makes a patient easier to recognise');
    expect(text).toContain('healthcare team, the time and the place');
    expect(text).toContain('Where age and sex are shown, change them or leave them out.');
  });

  it('offers only Cancel after a failure when policy blocks on failure', () => {
    const images = [{ name: 'x.png', boxes: [], failure: { code: 'timeout' as const, message: 'slow' } }];
    const root = mount(<ConsentDialog {...props({ images, policy: withPolicyDefaults({ onCheckFailure: 'hold' }) })} />);
    expect(root.textContent).toContain('the check took too long');
    expect(buttonNames(root)).toEqual(['Cancel']);
  });


  it('shows the organisation message, guidance link and IG contact from policy', () => {
    const policy = withPolicyDefaults({ customMessage: 'Follow the trust photography policy.', learnMoreUrl: 'https://intranet.example.nhs.uk/photo', igContact: 'ig@example.nhs.uk' });
    const root = mount(<ConsentDialog {...props({ policy })} />);
    expect(root.textContent).toContain('Follow the trust photography policy.');
    expect(root.textContent).toContain('Unsure? Contact ig@example.nhs.uk.');
    expect(root.querySelector('a[href="https://intranet.example.nhs.uk/photo"]')).not.toBeNull();
  });
});
