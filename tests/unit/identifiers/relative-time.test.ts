import { describe, expect, it } from 'vitest';
import { findIn, findInLine } from './helpers';

describe('relative time rule (post text only)', () => {
  it('finds time references in the post', () => {
    const findings = findIn('Fascinating case this morning on my list. Also saw one yesterday and last night!');
    expect(findings.map((f) => [f.type, f.text])).toEqual([
      ['time', 'this morning'],
      ['date', 'on my list'],
      ['date', 'yesterday'],
      ['time', 'last night'],
    ]);
  });

  it.each(['today', 'last week', 'on Monday', 'Friday night', 'tonight', '3 hours ago', 'on call', "on today's endoscopy list"])(
    'finds %s',
    (phrase) => {
      expect(findIn(`seen ${phrase}.`)).toHaveLength(1);
    },
  );

  it('does not run on image text', () => {
    expect(findInLine('yesterday')).toEqual([]);
  });

  it('does not fire on ordinary words', () => {
    expect(findIn('Great teaching point on polyp morphology')).toEqual([]);
  });
});
