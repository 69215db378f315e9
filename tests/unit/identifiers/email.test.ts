import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

describe('email rule', () => {
  it('finds addresses', () => {
    expect(textsOf('email', 'Contact mary.jones99@nhs.net today')).toEqual(['mary.jones99@nhs.net']);
    expect(textsOf('email', 'a_b+tag@example.co.uk')).toEqual(['a_b+tag@example.co.uk']);
  });

  it('does not fire on handles or bare domains', () => {
    expect(textsOf('email', 'thanks @drjones')).toEqual([]);
    expect(textsOf('email', 'see nhs.uk')).toEqual([]);
  });
});
