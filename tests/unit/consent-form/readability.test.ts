import { describe, expect, it } from 'vitest';
import { MESSAGES, printedProse } from './catalogue';
import { readability } from './readability';

describe('consent form reading age', () => {
  const prose = printedProse();
  const score = readability(prose.join(' '));

  it('covers the form text, not a token sample', () => {
    expect(prose.length).toBeGreaterThanOrEqual(20);
    expect(score.words).toBeGreaterThan(200);
    expect(prose.join(' ')).toContain('public');
  });

  it('reads at Flesch–Kincaid grade 7 or below (reading age about 12) and is "easy" on Flesch reading ease', () => {
    console.info(`consent form: ${score.words} words, ${score.sentences} sentences, FK grade ${score.grade.toFixed(1)}, ease ${score.ease.toFixed(0)}`);
    expect(score.grade).toBeLessThanOrEqual(7);
    expect(score.ease).toBeGreaterThanOrEqual(70);
  });

  it('keeps every sentence short (at most 20 words) and every message at grade 10 or below', () => {
    expect(score.longestSentence).toBeLessThanOrEqual(20);
    for (const text of prose) expect.soft(readability(text).grade, text).toBeLessThanOrEqual(10);
  });

  it('the measure itself tells hard text from easy text', () => {
    const hard = readability(
      'Notwithstanding the aforementioned anonymisation procedures, reidentification remains a theoretical possibility, particularly regarding uncommon pathological presentations.',
    );
    expect(hard.grade).toBeGreaterThan(12);
    expect(readability('We will hide your face. You can say no.').grade).toBeLessThan(3);
  });

  it('every form message is non-empty British English (no "color", "organization")', () => {
    const form = Object.entries(MESSAGES).filter(([k]) => k.startsWith('form_'));
    for (const [key, { message }] of form) {
      expect(message.trim(), key).not.toBe('');
      expect(message, key).not.toMatch(/\b(color|organization|center|anonymiz)/i);
    }
  });
});
