import type { Box, IdentifierType } from '../report';

/** One OCR word with its box in image pixels. */
export interface OcrWord {
  text: string;
  box: Box;
  /** 0..100 as tesseract reports it, when known. */
  confidence?: number;
}

/** One OCR line (usually one detected text region). */
export interface OcrLine {
  text: string;
  box: Box;
  /** The words of `text` in order, when the OCR engine gives them. */
  words?: OcrWord[];
}

/** Options for the identifier rules. Every field is optional. */
export interface IdentifierOptions {
  /**
   * Extra trust-specific hospital number formats as regular expression sources
   * (matched case-insensitively; the whole match is reported). Invalid sources are ignored.
   * Default: none.
   */
  hospitalNumberPatterns?: string[];
  /** "Today", for two-digit years and for a date of birth implied by a printed age. Default: the current date. */
  now?: Date;
}

/** A calendar date read from text; `year` is absent when the text gave none ("12 March"). */
export interface DateParts {
  year?: number;
  month: number;
  day: number;
}

/** What a rule sees: the text, and the same text with OCR letter/digit confusions fixed both ways. */
export interface RuleInput {
  text: string;
  /** Letters read in place of digits fixed inside mostly-digit runs ("94S" → "945"). Same length as `text`. */
  digits: string;
  /** Digits read in place of letters fixed inside mostly-letter runs ("SM1TH" → "SMITH"). Same length as `text`. */
  letters: string;
  /** Where the text comes from: OCR lines of an image, or text a person typed (a post, a file name). */
  source: 'image' | 'text';
  options: ResolvedOptions;
}

export interface ResolvedOptions {
  hospitalNumberPatterns: RegExp[];
  now: Date;
}

/** A match inside a rule's input, before it is mapped back to lines and boxes. */
export interface RawMatch {
  type: IdentifierType;
  /** Offsets of the identifying value (what gets redacted), end exclusive. */
  start: number;
  end: number;
  /** Start of the whole match, label included; decides which view owns the match. */
  anchor: number;
  /** 0..1: how sure the rule is that this is an identifier. */
  confidence: number;
  date?: DateParts;
  age?: number;
}

/** Whether a rule runs on OCR lines from images, on the post's own text, or both. */
export type RuleScope = 'image' | 'text' | 'both';

export interface IdentifierRule {
  /** Kebab-case, the same as the file name. */
  id: string;
  scope: RuleScope;
  find(input: RuleInput): RawMatch[];
}
