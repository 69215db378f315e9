// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { sendControlOf } from '../../../lib/content/send-check';
import { SITES } from '../../../lib/sites/registry';

describe('the send control each adapter names', () => {
  it('every site names its send control by selector or by button name', () => {
    for (const site of SITES) expect(site.sendControl.selectors.length + site.sendControl.names.length, site.id).toBeGreaterThan(0);
  });

  it('finds the control from a click on its icon, by selector or by name, and nothing else', () => {
    document.body.innerHTML = `
      <div data-testid="tweetButton"><span id="icon">Post</span></div>
      <div role="button" id="share"><span id="share-text">Share</span></div>
      <button id="other">Schedule</button>`;
    const control = { selectors: ['[data-testid="tweetButton"]'], names: ['Share'] };
    expect(sendControlOf(document.getElementById('icon'), control)?.getAttribute('data-testid')).toBe('tweetButton');
    expect(sendControlOf(document.getElementById('share-text'), control)?.id).toBe('share');
    expect(sendControlOf(document.getElementById('other'), control)).toBeUndefined();
    expect(sendControlOf(null, control)).toBeUndefined();
  });
});
