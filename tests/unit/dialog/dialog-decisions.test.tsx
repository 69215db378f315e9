// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { ConsentDialog } from '../../../components/dialog/ConsentDialog';
import { withPolicyDefaults } from '../../../lib/settings/dialog-policy';
import { checked, clearReport, endoscopyReport, POST_FINDINGS, props, reviewReport } from './fixtures';
import { button, buttonNames, choose, cleanup, click, mount, openPaths, tick } from './render';

afterEach(cleanup);

const CONSENT = 'The patient can be identified, and gave written consent';
const FALSE_ALARM = "It's a false alarm";
const NOTHING = 'Nothing here identifies a patient';
const actions = (root: HTMLElement) => buttonNames(root.querySelector('.cg-actionbar')!);

describe('confirm mode: honest paths to the original', () => {
  it('offers written consent and a false alarm as separate paths, each with only its own statements', () => {
    const onOpenConsentForm = vi.fn();
    const root = mount(<ConsentDialog {...props({ siteName: 'X', onOpenConsentForm })} />);
    // The findings screen carries no checklist; it appears in place when the user chooses the original.
    expect(root.querySelector('fieldset')).toBeNull();
    openPaths(root);
    expect(root.querySelectorAll('fieldset input[type="radio"]')).toHaveLength(2);
    expect(root.querySelectorAll('fieldset input[type="checkbox"]')).toHaveLength(0);
    choose(root, CONSENT);
    const statements = [...root.querySelectorAll('fieldset input[type="checkbox"]')].map((b) => b.closest('label')!.textContent);
    expect(statements).toEqual([
      'Their written consent covers social media, X, and being seen by the public.',
      'They were told it may be copied and cannot be fully withdrawn.',
      'The signed consent is kept in their record.',
    ]);
    // Nothing on the consent path claims the image identifies nobody: that would be untrue of a consented, identifiable image.
    expect(statements.join(' ')).not.toMatch(/identif/);
    click(root.querySelector('fieldset a')!);
    expect(onOpenConsentForm).toHaveBeenCalledOnce();
  });

  it('attaches with written consent only when every consent statement is ticked', () => {
    const onPostOriginal = vi.fn();
    const root = mount(<ConsentDialog {...props({ onPostOriginal })} />);
    const post = () => button(root, 'Post original')!;
    openPaths(root);
    expect(post().disabled).toBe(true);
    expect(buttonNames(root.querySelector('.cg-actionbar')!)).toEqual(['Cancel', 'Back to findings', 'Post original']);
    choose(root, CONSENT);
    tick(root, 'Their written consent');
    tick(root, 'They were told');
    expect(post().disabled).toBe(true);
    tick(root, 'The signed consent');
    expect(post().disabled).toBe(false);
    click(post());
    expect(onPostOriginal).toHaveBeenCalledWith('written-consent', undefined);
  });

  it('attaches as a false alarm after one true statement, when there were findings', () => {
    const onPostOriginal = vi.fn();
    const root = mount(<ConsentDialog {...props({ onPostOriginal })} />);
    choose(root, FALSE_ALARM);
    expect(button(root, 'Post original')!.disabled).toBe(true);
    tick(root, 'I have looked at every finding');
    click(button(root, 'Post original'));
    expect(onPostOriginal).toHaveBeenCalledWith('false-alarm', undefined);
  });

  it('calls the path "nothing identifies a patient" when nothing was found, and a false alarm when only the post text was flagged', () => {
    const onPostOriginal = vi.fn();
    const root = mount(<ConsentDialog {...props({ images: [checked(reviewReport())], onPostOriginal })} />);
    choose(root, NOTHING);
    tick(root, 'I have looked at the image and the post myself');
    click(button(root, 'Post original'));
    expect(onPostOriginal).toHaveBeenCalledWith('anonymised', undefined);
    const withPost = mount(<ConsentDialog {...props({ images: [checked(reviewReport())], postFindings: POST_FINDINGS })} />);
    openPaths(withPost);
    expect(withPost.textContent).toContain(FALSE_ALARM);
  });

  it("offers the organisation's other reasons only when it lists some, and passes the one picked", () => {
    const without = mount(<ConsentDialog {...props()} />);
    openPaths(without);
    expect(without.textContent).not.toContain('Another reason');
    const onPostOriginal = vi.fn();
    const policy = withPolicyDefaults({ orgName: 'Northshire NHS FT', otherReasons: ['Approved by clinical photography', 'Not a patient'] });
    const root = mount(<ConsentDialog {...props({ policy, onPostOriginal })} />);
    choose(root, 'Another reason Northshire NHS FT accepts');
    expect(button(root, 'Post original')!.disabled).toBe(true);
    const select = root.querySelector('select')!;
    act(() => {
      select.value = 'Not a patient';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    click(button(root, 'Post original'));
    expect(onPostOriginal).toHaveBeenCalledWith('other-reason', 'Not a patient');
  });

  it('says whether the original goes without its metadata', () => {
    const stripped = mount(<ConsentDialog {...props()} />);
    openPaths(stripped);
    expect(stripped.textContent).toContain('attached without its metadata');
    const exact = mount(<ConsentDialog {...props({ policy: withPolicyDefaults({ stripMetadata: false }) })} />);
    openPaths(exact);
    expect(exact.textContent).toContain('exactly as it is, including any metadata');
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

  it('until the window has been in full view long enough, only Cancel can be pressed', () => {
    const onCancel = vi.fn();
    const root = mount(<ConsentDialog {...props({ settling: true, onCancel })} />);
    expect(button(root, 'Redact and continue')!.disabled).toBe(true);
    expect(button(root, 'Post original…')!.disabled).toBe(true);
    click(button(root, 'Cancel'));
    expect(onCancel).toHaveBeenCalledOnce();
    const warn = mount(<ConsentDialog {...props({ settling: true, policy: withPolicyDefaults({ mode: 'warn' }) })} />);
    expect(button(warn, 'Post original')!.disabled).toBe(true);
    const steady = mount(<ConsentDialog {...props({ settling: false })} />);
    expect(button(steady, 'Redact and continue')!.disabled).toBe(false);
    expect(button(steady, 'Post original…')!.disabled).toBe(false);
  });
});

describe('every marked area removed', () => {
  const emptied = { ...checked(endoscopyReport()), boxes: [] };

  it('is not a redaction: Redact is disabled and the dialog points to the false-alarm path', () => {
    const onPostOriginal = vi.fn();
    const root = mount(<ConsentDialog {...props({ images: [emptied], onPostOriginal })} />);
    expect(button(root, 'Redact and continue')!.disabled).toBe(true);
    expect(root.textContent).toContain('a redacted copy would cover nothing');
    choose(root, FALSE_ALARM);
    tick(root, 'I have looked at every finding');
    click(button(root, 'Post original'));
    expect(onPostOriginal).toHaveBeenCalledWith('false-alarm', undefined);
  });

  it('in warn mode, the one click is recorded as a false alarm', () => {
    const onPostOriginal = vi.fn();
    const root = mount(<ConsentDialog {...props({ images: [emptied], policy: withPolicyDefaults({ mode: 'warn' }), onPostOriginal })} />);
    click(button(root, 'Post original'));
    expect(onPostOriginal).toHaveBeenCalledWith('false-alarm');
  });

  it('in block mode leaves only Cancel usable, and says to mark an area', () => {
    const root = mount(<ConsentDialog {...props({ images: [emptied], policy: withPolicyDefaults({ mode: 'block' }) })} />);
    expect(actions(root)).toEqual(['Cancel', 'Redact and continue']);
    expect(button(root, 'Redact and continue')!.disabled).toBe(true);
    expect(root.textContent).toContain('Mark an area to cover, or cancel');
  });

  it('does not apply to an image whose only findings are metadata: redacting removes it', () => {
    const exif = { ...clearReport(), verdict: 'identifiable' as const, metadata: [{ tag: 'GPS:Position', value: '1, 2' }] };
    const root = mount(<ConsentDialog {...props({ images: [checked(exif)] })} />);
    expect(button(root, 'Redact and continue')!.disabled).toBe(false);
  });
});

describe('warn and block modes', () => {
  it('warn: one notice, and one click attaches the original', () => {
    const onPostOriginal = vi.fn();
    const root = mount(<ConsentDialog {...props({ policy: withPolicyDefaults({ mode: 'warn' }), onPostOriginal })} />);
    expect(root.querySelector('fieldset')).toBeNull();
    expect(root.textContent).toContain('attach the original with one click');
    expect(button(root, 'Post original')!.disabled).toBe(false);
    click(button(root, 'Post original'));
    expect(onPostOriginal).toHaveBeenCalledWith('after-notice');
  });

  it('block: an image with findings can only be redacted or cancelled', () => {
    const root = mount(<ConsentDialog {...props({ policy: withPolicyDefaults({ mode: 'block' }) })} />);
    expect(actions(root)).toEqual(['Cancel', 'Redact and continue']);
    expect(root.querySelector('fieldset')).toBeNull();
    expect(root.textContent).toContain('allows only a redacted copy');
  });

  it('block: text to review counts too; a clear image may still go after the paths', () => {
    expect(actions(mount(<ConsentDialog {...props({ images: [checked(reviewReport())], policy: withPolicyDefaults({ mode: 'block' }) })} />))).toEqual(['Cancel', 'Redact and continue']);
    const clear = mount(<ConsentDialog {...props({ images: [checked(clearReport())], policy: withPolicyDefaults({ mode: 'block', autoContinueOnClear: false }) })} />);
    expect(actions(clear)).toContain('Post original…');
  });
});

describe('a failed check', () => {
  const failed = [{ name: 'clip.mp4', boxes: [], failure: { code: 'unsupported-image' as const, message: 'video' } }];

  it('warn (policy): attach after saying the patient consented or nothing identifies them; never a false alarm', () => {
    const onPostOriginal = vi.fn();
    const root = mount(<ConsentDialog {...props({ images: failed, onPostOriginal })} />);
    openPaths(root);
    expect(root.textContent).not.toContain(FALSE_ALARM);
    expect(root.textContent).toContain("An image that couldn't be checked is attached as it is.");
    choose(root, NOTHING);
    tick(root, 'I have looked at the image');
    click(button(root, 'Post original'));
    expect(onPostOriginal).toHaveBeenCalledWith('anonymised', undefined);
  });

  it('allow (policy): says it is being attached and offers nothing to click but Cancel', () => {
    const root = mount(<ConsentDialog {...props({ images: failed, policy: withPolicyDefaults({ onCheckFailure: 'allow' }) })} />);
    expect(root.textContent).toContain('go on without asking');
    expect(actions(root)).toEqual(['Cancel']);
  });
});

describe('paths under quick input', () => {
  it('keeps every tick when several arrive before a re-render', () => {
    const root = mount(<ConsentDialog {...props()} />);
    choose(root, CONSENT);
    const boxes = [...root.querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]')];
    // One synchronous burst, as automation or a fast user can produce: no render in between.
    act(() => boxes.forEach((b) => b.click()));
    expect(button(root, 'Post original')!.disabled).toBe(false);
  });
});
