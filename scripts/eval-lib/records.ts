/** Per-image raw results of an evaluation run (what eval-results/latest.json keeps). */
import type { OcrLine } from '../../lib/engine/identifiers';
import type { Box, IdentifierType, Verdict } from '../../lib/engine/report';

/** The two halves of every set: tuned on while developing, and never tuned on (reported first). */
export type Part = 'untuned' | 'tuned';

/** One truth identifier and what each method did with it. */
export interface IdentifierOutcome {
  type: IdentifierType;
  text: string;
  box: Box;
  /** A Consent Guard identifier finding of a compatible type overlaps the box. */
  engine: boolean;
  /** Share of the box filled by Consent Guard's default redaction (all text + faces). */
  coverage: number;
  /** Tesseract (PSM 11) reads the identifier on the redacted copy. */
  leaked: boolean;
  /** Tesseract (PSM 3 or 11) reads it on the original: the leak check can see it at all. */
  readableInOriginal: boolean;
  /** Tesseract + the same rules, PSM 3 / PSM 11, found it (compatible type, overlapping). */
  tess3: boolean;
  tess11: boolean;
  /** The rules on the text exactly as drawn (the generator's lines) found it: rule recall without OCR. */
  rulesOnTruth: boolean;
  /** What Consent Guard's OCR read in lines overlapping the box (empty when no line was detected there). */
  read: string[];
}

/** One synthetic image. */
export interface SyntheticRecord {
  part: Part;
  file: string;
  kind: string;
  /** The generator's layout/style notes. */
  variant: string;
  identifiable: boolean;
  verdict: Verdict;
  /** Consent Guard flagged it from identifiers alone (no faces, no metadata). */
  engineByText: boolean;
  engineFaces: number;
  engineMs: number;
  timings: Record<string, number>;
  identifiers: IdentifierOutcome[];
  tess3: { identifiable: boolean; ms: number };
  tess11: { identifiable: boolean; ms: number };
  /** The rules on the text exactly as drawn flagged the image (on a clean image: a rule false alarm). */
  rulesOnTruth: { identifiable: boolean; findings: string[] };
  /** What Consent Guard found, as "type: text", for the missed-and-false-alarm lists. */
  engineFindings: string[];
  /** Consent Guard's OCR lines, kept so `--rules-only` can re-run the rules without OCR. */
  engineLines: OcrLine[];
  haarFaces: number;
  error?: string;
}

/** One annotated photo. */
export interface FaceRecord {
  part: Part;
  file: string;
  /** Image-level tags (e.g. "bw", "halftone", "derived"). */
  tags: string[];
  truth: Box[];
  /** Per-face tags, parallel to `truth` (e.g. "profile", "mask", "small"). */
  truthTags: string[][];
  engine: Box[];
  engineMs: number;
  haar: Box[];
  haarMs: number;
}
