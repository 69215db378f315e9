// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsentDialog } from '../../../components/dialog/ConsentDialog';
import { describeMetadata } from '../../../lib/dialog/findings';
import { describePostFinding, findPostContext } from '../../../lib/dialog/post-context';
import { profileHasConsentStatement } from '../../../lib/sites/profile-statement';
import { boxFromDrag, userBox } from '../../../lib/dialog/review-boxes';
import { overallOf } from '../../../lib/dialog/status';
import { t } from '../../../lib/i18n';
import { DEFAULT_CONSENT_STATEMENT } from '../../../lib/settings/schema';
import { clearReport, endoscopyReport, props, reviewReport } from './fixtures';
import { button, cleanup, click, mount } from './render';

afterEach(cleanup);

describe('dialog logic', () => {
  it('t() fills substitutions and shows an unknown key rather than nothing', () => {
    expect(t('dialog_checking_many', [2, 3])).toBe('Checking 2 of 3 images…');
    expect(t('dialog_no_such_key')).toBe('dialog_no_such_key');
  });

  it('finds identifying context in the post text with the image rules', () => {
    const found = findPostContext('Interesting case from my list this morning');
    expect(found.map(describePostFinding)).toContain('Your post mentions: ‘this morning’ (a time)');
    expect(findPostContext('')).toEqual([]);
  });

  it('words metadata plainly', () => {
    expect(describeMetadata({ tag: 'GPS:Position', value: '51.5, -0.1' })).toBe('Location in photo metadata');
    expect(describeMetadata({ tag: 'EXIF:DateTimeOriginal', value: '2024-03-12 09:41:07' })).toBe('Date in photo metadata: 12/03/2024 09:41');
  });

  it('works out the overall state', () => {
    expect(overallOf([{ name: 'a' }], [])).toBe('checking');
    // While the session loads there are no images yet: that must never read as clear (which posts by itself).
    expect(overallOf([], [])).toBe('checking');
    expect(overallOf([{ name: 'a', report: clearReport() }], [])).toBe('clear');
    expect(overallOf([{ name: 'a', report: clearReport() }], [{ type: 'time', text: 'today', box: [0, 0, 0, 0] }])).toBe('findings');
    expect(overallOf([{ name: 'a', report: reviewReport() }], [])).toBe('review');
    expect(overallOf([{ name: 'a', report: endoscopyReport() }], [])).toBe('findings');
    expect(overallOf([{ name: 'a', report: { ...clearReport(), verdict: 'error', error: 'boom' } }], [])).toBe('error');
    expect(overallOf([{ name: 'a', report: clearReport() }, { name: 'b', failure: { code: 'timeout', message: '' } }], [])).toBe('error');
  });

  it('clamps drawn boxes to the image and ignores tiny drags', () => {
    expect(userBox([1200, 1000, 200, 100], 1280, 1024, 1).box).toEqual([1200, 1000, 80, 24]);
    expect(boxFromDrag({ x: 10, y: 10 }, { x: 12, y: 40 })).toBeUndefined();
  });

  it.each([
    ['Views my own. Clinical images shared only with patient consent or fully anonymised, per GMC guidance.', true],
    ['Gastroenterologist. #ConsentObtained', true],
    ['All photos posted with written consent', true],
    ['Consultant gastroenterologist. Views my own. Runner.', false],
    ['Informed consent researcher', false],
    ['Images of sunsets. Consent is sexy.', false],
  ])('profileHasConsentStatement(%j) is %s', (text, expected) => {
    expect(profileHasConsentStatement(text)).toBe(expected);
  });

  it('offers a default statement that fits X and reads as a consent statement', () => {
    expect(DEFAULT_CONSENT_STATEMENT.length).toBeLessThanOrEqual(160);
    expect(profileHasConsentStatement(DEFAULT_CONSENT_STATEMENT)).toBe(true);
  });
});

describe('profile statement offer', () => {
  const offer = { siteName: 'X', limit: 160, text: 'Clinical images shared only with consent.', status: 'absent' as const };

  it('offers the statement from the options page, collapsed, editable, counted against the limit; copies and opens settings', async () => {
    const onCopyStatement = vi.fn(async () => true);
    const onOpenProfileSettings = vi.fn();
    const root = mount(<ConsentDialog {...props({ profile: offer, onCopyStatement, onOpenProfileSettings })} />);
    const details = root.querySelector('details.cg-profile')!;
    expect(details.hasAttribute('open')).toBe(false);
    const text = root.querySelector('textarea')!.value;
    expect(text).toBe('Clinical images shared only with consent.');
    expect(root.textContent).toContain(`${text.length} of 160 characters`);
    expect(root.textContent).toContain('Your X profile had no consent statement when Consent Guard last saw it.');
    click(button(root, 'Copy'));
    expect(onCopyStatement).toHaveBeenCalledWith(text);
    click(button(root, 'Open profile settings'));
    expect(onOpenProfileSettings).toHaveBeenCalledOnce();
  });

  it('warns when the text is too long for the site, and can be hidden', () => {
    const onDismissProfile = vi.fn();
    const root = mount(<ConsentDialog {...props({ profile: { ...offer, siteName: 'Facebook', limit: 10, status: 'unreadable' }, onDismissProfile })} />);
    expect(root.textContent).toMatch(/\d+ characters too long for this site/);
    expect(root.textContent).toContain("Consent Guard can't read your Facebook profile");
    click(button(root, 'Hide the profile statement on Facebook'));
    expect(onDismissProfile).toHaveBeenCalledOnce();
  });

  it('says so, and offers nothing, when the profile already carries a statement', () => {
    const root = mount(<ConsentDialog {...props({ profile: { ...offer, status: 'present' } })} />);
    expect(root.querySelector('details.cg-profile')).toBeNull();
    expect(root.textContent).toContain('Your X profile already carries a consent statement.');
  });

  it('says when the profile has not been seen yet', () => {
    expect(mount(<ConsentDialog {...props({ profile: { ...offer, status: 'unknown' } })} />).textContent).toContain("hasn't seen your X profile yet");
  });
});
