import { flesch } from 'flesch';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Counts and the two Flesch scores of a piece of prose. */
export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  /** Flesch reading ease: higher is easier; 80–90 is "easy", about age 11–12. */
  ease: number;
  /** Flesch–Kincaid grade: US school grade; add 5 for a reading age in years. */
  grade: number;
  /** Words in the longest sentence. */
  longestSentence: number;
}

/** Splits prose into sentences at . ? ! and counts words and syllables (the `syllable` package). */
export function readability(text: string): Readability {
  const sentences = text
    .split(/(?<=[.?!])\s+/)
    .map((s) => s.trim())
    .filter((s) => /[a-z]/i.test(s));
  const wordsOf = (s: string) => s.match(/[a-z0-9]+(?:['’-][a-z0-9]+)*/gi) ?? [];
  const words = sentences.flatMap(wordsOf);
  const syllables = words.reduce((n, w) => n + Math.max(1, syllable(w)), 0);
  const counts = { sentence: sentences.length, word: words.length, syllable: syllables };
  return {
    sentences: counts.sentence,
    words: counts.word,
    syllables,
    ease: flesch(counts),
    grade: fleschKincaid(counts),
    longestSentence: Math.max(0, ...sentences.map((s) => wordsOf(s).length)),
  };
}
