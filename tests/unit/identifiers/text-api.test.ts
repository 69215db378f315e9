import { describe, expect, it } from 'vitest';
import { findIn } from './helpers';

describe('findIdentifiersInText (the post being written)', () => {
  it('finds identifying context in a typical post', () => {
    const post = 'Amazing case this morning on my list at St Mary’s Hospital: 72M with a giant polyp. #endoscopy';
    expect(findIn(post).map((f) => [f.type, f.text])).toEqual([
      ['time', 'this morning'],
      ['date', 'on my list'],
      ['institution', 'St Mary’s Hospital'],
      ['age-sex', '72M'],
    ]);
  });

  it('gives empty boxes', () => {
    expect(findIn('seen yesterday')[0]?.box).toEqual([0, 0, 0, 0]);
  });

  it('finds nothing in a post with no identifying context', () => {
    expect(findIn('Beautiful example of a sessile serrated lesion. Thoughts on the best resection technique? #GIJC')).toEqual([]);
  });

  it('finds a 45-year-old woman and a date', () => {
    expect(findIn('A 45-year-old woman seen on 12 March 2025').map((f) => f.type)).toEqual(['age-sex', 'date']);
  });
});
