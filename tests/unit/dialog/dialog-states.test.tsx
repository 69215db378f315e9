// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsentDialog } from '../../../components/dialog/ConsentDialog';
import { withPolicyDefaults } from '../../../lib/settings/dialog-policy';
import { checked, clearReport, endoscopyReport, photoReport, POST_FINDINGS, props, reviewReport } from './fixtures';
import { button, buttonNames, click, mount, cleanup } from './render';

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

  it('lists findings once, grouped by kind, in plain words, with the two main actions', () => {
    const root = mount(<ConsentDialog {...props({ images: [checked(endoscopyReport()), checked(photoReport())], postFindings: POST_FINDINGS })} />);
    const text = root.textContent!;
    expect(text).toContain('This may identify a patient');
    const groups = [...root.querySelectorAll('.cg-group-heading')].map((h) => h.textContent);
    expect(groups).toEqual(['Patient details', 'Faces', 'In your post and file names', 'Hidden photo details (metadata)', 'Other text on the image']);
    const details = [...root.querySelectorAll('.cg-group-identifier .cg-item')].map((li) => li.textContent);
    expect(details).toEqual(['Name TURNER, Jane (image 1)', 'Date of birth 15/02/1950 (image 1)', 'NHS number 999 156 3687 (valid check digit) (image 1)']);
    expect(text).toContain('1 face (image 2)');
    expect(text).toContain('Location in photo metadata (image 2)');
    expect(text).toContain('Date in photo metadata: 12/03/2024 09:41 (image 2)');
    expect(text).toContain('Your post mentions: ‘this morning’ (a time)');
    expect(text).toContain('‘Eh:A7 Cm:1’');
    // Each finding is said once: no second list of "areas to cover" repeating them.
    expect(text.split('Date of birth 15/02/1950').length).toBe(2);
    expect(text).not.toMatch(/\d+×\d+ at \d+/);
    expect(buttonNames(root.querySelector('.cg-actionbar')!)).toEqual(['Cancel', 'Post original…', 'Redact and continue']);
    expect(root.querySelector('[aria-live="polite"]')!.textContent).toContain('Check finished');
  });

  it('draws each face, identifier and other text area on the thumbnail, visible even when a few pixels tall', () => {
    const root = mount(<ConsentDialog {...props({ images: [checked(endoscopyReport(), 'blob:endoscopy')] })} />);
    const svg = root.querySelector('.cg-thumb svg')!;
    expect(svg.querySelectorAll('rect.cg-kind-identifier')).toHaveLength(3);
    expect(svg.querySelectorAll('rect.cg-kind-text')).toHaveLength(1);
    expect(svg.getAttribute('viewBox')).toBe('0 0 1280 1024');
    expect(root.querySelector('.cg-thumb figcaption')!.textContent).toContain('4 areas will be covered');
  });

  it('says what was not found, and never calls an image safe', () => {
    const root = mount(<ConsentDialog {...props({ images: [checked(reviewReport())] })} />);
    expect(root.textContent).toContain('Not found: faces, patient details in the text that could be read, hidden photo details.');
    expect(root.textContent).toContain('please look before you post');
    expect(root.textContent!.toLowerCase()).not.toMatch(/\bsafe\b/);
  });

  it('names a misread date of birth as a date of birth, in day/month/year order', () => {
    const report = {
      ...endoscopyReport(),
      text: [{ box: [29, 117, 143, 22] as [number, number, number, number], text: 'Bith:07/28/1944' }],
      identifiers: [{ type: 'date' as const, text: '07/28/1944', box: [82, 120, 86, 14] as [number, number, number, number] }],
    };
    const root = mount(<ConsentDialog {...props({ images: [checked(report)] })} />);
    expect(root.querySelector('.cg-group-identifier .cg-item')!.textContent).toBe('Date of birth 28/07/1944');
  });

  it('shows a short notice for a clear result: "Post now" first, "Review first" to stop, and the seconds as a number', () => {
    const onStopAutoContinue = vi.fn();
    const onPostNow = vi.fn();
    const root = mount(<ConsentDialog {...props({ images: [checked(clearReport())], autoContinue: true, onStopAutoContinue, onPostNow })} />);
    expect(root.textContent).toContain('No faces or identifiers found');
    expect(buttonNames(root)).toEqual(['Cancel', 'Review first', 'Post now']);
    expect(root.querySelector('button.cg-primary')!.textContent).toBe('Post now');
    expect(root.querySelector('[data-testid="countdown"]')!.textContent).toBe('Posting in 3 s');
    click([...root.querySelectorAll('button')].find((b) => b.textContent === 'Review first'));
    expect(onStopAutoContinue).toHaveBeenCalledOnce();
    click([...root.querySelectorAll('button')].find((b) => b.textContent === 'Post now'));
    expect(onPostNow).toHaveBeenCalledOnce();
  });

  it('says plainly when a file could not be checked, that it has not been posted, and offers no redaction', () => {
    const images = [{ name: 'IMG_0042.HEIC', boxes: [], failure: { code: 'unsupported-image' as const, message: 'HEIC' } }];
    const root = mount(<ConsentDialog {...props({ images })} />);
    expect(root.textContent).toContain("This couldn't be checked");
    expect(root.textContent).toContain("IMG_0042.HEIC can't be checked");
    expect(root.textContent).toContain("It hasn't been posted.");
    expect(root.textContent).not.toContain('held');
    // An unsupported file gives the same answer again: no "Check again".
    expect(buttonNames(root)).toEqual(['Cancel', 'Post original…']);
  });

  it('offers to check again after a slow or failed check', () => {
    const onRetry = vi.fn();
    const images = [checked(clearReport('a.png')), { name: 'b.png', boxes: [], failure: { code: 'timeout' as const, message: 'slow' } }];
    const root = mount(<ConsentDialog {...props({ images, onRetry })} />);
    click(button(root, 'Check again: b.png'));
    expect(onRetry).toHaveBeenCalledWith(1);
  });

  it('gives the before-you-post advice (rare conditions, the team, time and place, age and sex) and the GMC rule, folded', () => {
    const root = mount(<ConsentDialog {...props()} />);
    const text = root.textContent!;
    expect(root.querySelector('details.cg-guidance')!.hasAttribute('open')).toBe(false);
    expect(text).toContain('Before you post');
    expect(text).toContain('internal images such as endoscopy, X-ray or ultrasound may be used without consent once they are anonymised');
    expect(text).toContain('asking the patient for consent is still good practice');
    expect(text).toContain('A rare condition makes a patient easier to recognise');
    expect(text).toContain('healthcare team, the time and the place');
    expect(text).toContain('Where age and sex are shown, change them or leave them out.');
  });

  it('offers to check again and to cover areas by hand only on a picture the engine could read', () => {
    const failed = (unreadable: boolean) => ({
      ...clearReport(unreadable ? 'wound.bmp' : 'wound.jpg'),
      verdict: 'error' as const,
      error: unreadable ? "BMP images can't be checked yet." : 'the text check failed (out of memory)',
      ...(unreadable && { unreadable: true as const }),
    });
    const readable = mount(<ConsentDialog {...props({ images: [{ ...checked(failed(false)), url: 'blob:x' }] })} />);
    expect(buttonNames(readable)).toEqual(expect.arrayContaining(['Check again: wound.jpg', 'Cover areas by hand']));
    expect(readable.textContent).toContain('Check it again, or cover areas by hand');
    cleanup();
    const unreadable = mount(<ConsentDialog {...props({ images: [{ ...checked(failed(true)), url: 'blob:x' }] })} />);
    expect(unreadable.textContent).toContain("wound.bmp couldn't be checked (BMP images can't be checked yet.)");
    expect(buttonNames(unreadable)).toEqual(['Cancel', 'Post original…']);
    expect(unreadable.textContent).not.toContain('Check it again');
    expect(unreadable.textContent).toContain('Save it as a JPEG or PNG and attach it again.');
  });

  it('offers only Cancel after a failure when policy blocks on failure', () => {
    const images = [{ name: 'x.png', boxes: [], failure: { code: 'timeout' as const, message: 'slow' } }];
    const root = mount(<ConsentDialog {...props({ images, policy: withPolicyDefaults({ onCheckFailure: 'hold' }) })} />);
    expect(root.textContent).toContain('the check took too long');
    // Checking again is still offered; attaching it in any form is not.
    expect(buttonNames(root)).toEqual(['Check again: x.png', 'Cancel']);
    expect(buttonNames(root.querySelector('.cg-actionbar')!)).toEqual(['Cancel']);
  });


  it('shows the organisation message, guidance link and IG contact from policy', () => {
    const policy = withPolicyDefaults({ customMessage: 'Follow the trust photography policy.', learnMoreUrl: 'https://intranet.example.nhs.uk/photo', igContact: 'ig@example.nhs.uk' });
    const root = mount(<ConsentDialog {...props({ policy })} />);
    expect(root.textContent).toContain('Follow the trust photography policy.');
    expect(root.textContent).toContain('Unsure? Contact ig@example.nhs.uk.');
    expect(root.querySelector('a[href="https://intranet.example.nhs.uk/photo"]')).not.toBeNull();
  });
});
