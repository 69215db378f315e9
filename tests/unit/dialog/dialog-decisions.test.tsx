// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsentDialog } from '../../../components/dialog/ConsentDialog';
import { withPolicyDefaults } from '../../../lib/dialog/policy';
import { checked, endoscopyReport, POST_FINDINGS, props, reviewReport } from './fixtures';
import { act } from 'preact/test-utils';
import { button, click, mount, tick, cleanup } from './render';

afterEach(cleanup);

const CONSENT = ['The patient gave written consent', 'The patient was told', 'Nothing in the image', 'This is consistent'];

describe('ConsentDialog decisions', () => {
  it('checklist items are checkboxes; the consent item says written and social media and links to the form', () => {
    const onOpenConsentForm = vi.fn();
    const root = mount(<ConsentDialog {...props({ onOpenConsentForm })} />);
    const boxes = root.querySelectorAll('fieldset input[type="checkbox"]');
    expect(boxes).toHaveLength(4);
    const consent = boxes[0]!.closest('li')!;
    expect(consent.textContent).toMatch(/written consent that covers social media and this platform/);
    const link = consent.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('/consent-form.html');
    click(link);
    expect(onOpenConsentForm).toHaveBeenCalledOnce();
  });

  it('enables "Post original" only when every consent point is ticked, then releases with written-consent', () => {
    const onPostOriginal = vi.fn();
    const root = mount(<ConsentDialog {...props({ onPostOriginal })} />);
    const post = () => button(root, 'Post original')!;
    for (const item of CONSENT.slice(0, 3)) {
      tick(root, item);
      expect(post().disabled).toBe(true);
    }
    tick(root, CONSENT[3]!);
    expect(post().disabled).toBe(false);
    click(post());
    expect(onPostOriginal).toHaveBeenCalledWith('written-consent', undefined);
  });

  it('offers the anonymised path only when nothing identifying was found', () => {
    const withFindings = mount(<ConsentDialog {...props()} />);
    expect(withFindings.textContent).not.toContain('fully anonymised');
    const withPost = mount(<ConsentDialog {...props({ images: [checked(reviewReport())], postFindings: POST_FINDINGS })} />);
    expect(withPost.textContent).not.toContain('fully anonymised');

    const onPostOriginal = vi.fn();
    const root = mount(<ConsentDialog {...props({ images: [checked(reviewReport())], onPostOriginal })} />);
    expect(button(root, 'Post original')!.disabled).toBe(true);
    tick(root, 'The image is fully anonymised (GMC: no consent needed)');
    click(button(root, 'Post original'));
    expect(onPostOriginal).toHaveBeenCalledWith('anonymised', undefined);
  });

  it('records a failed check as not-checkable once the checklist is done', () => {
    const onPostOriginal = vi.fn();
    const images = [{ name: 'clip.mp4', boxes: [], failure: { code: 'unsupported-image' as const, message: 'video' } }];
    const root = mount(<ConsentDialog {...props({ images, onPostOriginal })} />);
    expect(root.textContent).not.toContain('fully anonymised');
    CONSENT.forEach((item) => tick(root, item));
    click(button(root, 'Post original'));
    expect(onPostOriginal).toHaveBeenCalledWith('not-checkable', undefined);
  });

  it("requires one of the organisation's reasons in justify mode and passes it on", () => {
    const onPostOriginal = vi.fn();
    const policy = withPolicyDefaults({ enforcementMode: 'justify', justificationReasons: ['Consent form scanned to notes', 'Not a patient image'] });
    const root = mount(<ConsentDialog {...props({ policy, onPostOriginal })} />);
    CONSENT.forEach((item) => tick(root, item));
    expect(button(root, 'Post original')!.disabled).toBe(true);
    const select = root.querySelector('select')!;
    act(() => {
      select.value = 'Not a patient image';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    click(button(root, 'Post original'));
    expect(onPostOriginal).toHaveBeenCalledWith('written-consent', 'Not a patient image');
  });

  it('"Redact and continue" and "Cancel" call back; redaction is disabled while busy', () => {
    const onRedact = vi.fn();
    const onCancel = vi.fn();
    const root = mount(<ConsentDialog {...props({ onRedact, onCancel })} />);
    click(button(root, 'Redact and continue'));
    click(button(root, 'Cancel'));
    expect(onRedact).toHaveBeenCalledOnce();
    expect(onCancel).toHaveBeenCalledOnce();
    const busy = mount(<ConsentDialog {...props({ busy: true, images: [checked(endoscopyReport())] })} />);
    expect(button(busy, 'Redact and continue')!.disabled).toBe(true);
  });
});

describe('ConsentDialog checklist under quick input', () => {
  it('keeps every tick when several arrive before a re-render', () => {
    const root = mount(<ConsentDialog {...props()} />);
    const boxes = [...root.querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]')];
    // One synchronous burst, as automation or a fast user can produce: no render in between.
    act(() => boxes.forEach((b) => b.click()));
    expect(button(root, 'Post original')!.disabled).toBe(false);
  });
});
