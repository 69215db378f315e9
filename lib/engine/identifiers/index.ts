import type { IdentifierFinding } from '../report';
import { boxOfCharacters, unionBoxes } from './boxes';
import { inferDatesOfBirth } from './dob-from-age';
import { locateMatch, resolveOverlaps, type LocatedMatch } from './located-match';
import { fixDigitLookalikes } from './ocr-digits';
import { fixLetterLookalikes } from './ocr-letters';
import { ALL_RULES } from './rules';
import type { IdentifierOptions, OcrLine, ResolvedOptions, RuleScope } from './types';
import { buildViews, type TextView } from './views';

export { nhsCheckDigitValid, chiCheckDigitValid } from './check-digits';
export { generateTestNhsNumber, formatNhsNumber } from './test-nhs-number';
export { ALL_RULES } from './rules';
export type { IdentifierOptions, IdentifierRule, OcrLine, OcrWord } from './types';

/** Compiles trust patterns, skipping any that are not valid regular expressions (policy input is untrusted). */
function compilePatterns(sources: readonly string[]): RegExp[] {
  return sources.flatMap((source) => {
    try {
      return source.length > 0 ? [new RegExp(source, 'gi')] : [];
    } catch {
      return [];
    }
  });
}

function resolveOptions(options: IdentifierOptions): ResolvedOptions {
  return {
    hospitalNumberPatterns: compilePatterns(options.hospitalNumberPatterns ?? []),
    now: options.now ?? new Date(),
  };
}

function runRules(views: readonly TextView[], scope: Exclude<RuleScope, 'both'>, options: ResolvedOptions): LocatedMatch[] {
  const rules = ALL_RULES.filter((rule) => rule.scope === 'both' || rule.scope === scope);
  const located = views.flatMap((view) => {
    const input = { text: view.text, digits: fixDigitLookalikes(view.text), letters: fixLetterLookalikes(view.text), source: scope, options };
    return rules.flatMap((rule) => rule.find(input)).flatMap((raw) => locateMatch(view, raw) ?? []);
  });
  return inferDatesOfBirth(resolveOverlaps(located), options.now);
}

/**
 * Finds patient identifiers in OCR lines from an image. Each finding's box is the union of the
 * matched words' boxes when the lines carry words, otherwise a proportional slice of the line's box.
 * A label on one line reaches a value on the line to its right or just below it.
 */
export function findIdentifiers(lines: readonly OcrLine[], options: IdentifierOptions = {}): IdentifierFinding[] {
  const resolved = resolveOptions(options);
  return runRules(buildViews(lines), 'image', resolved).map((match) => ({
    type: match.type,
    text: match.text,
    box: unionBoxes(
      match.parts.flatMap((part) => {
        const line = lines[part.lineIndex];
        return line === undefined ? [] : [boxOfCharacters(line, part.start, part.end)];
      }),
    ),
    confidence: match.confidence,
  }));
}

/**
 * Finds identifying context in plain text such as the post being written: the image rules plus time
 * references ("this morning on my list", "yesterday"). Boxes are [0, 0, 0, 0].
 */
export function findIdentifiersInText(text: string, options: IdentifierOptions = {}): IdentifierFinding[] {
  const view: TextView = { text, segments: [{ lineIndex: 0, offset: 0, length: text.length }] };
  return runRules([view], 'text', resolveOptions(options)).map((match) => ({
    type: match.type,
    text: match.text,
    box: [0, 0, 0, 0],
    confidence: match.confidence,
  }));
}
