/** Per-image raw results of an evaluation run (what eval-results/latest.json keeps under `images`). */
import type { Box, IdentifierType, Verdict } from '../../lib/engine/report';

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
}

/** One synthetic image. */
export interface SyntheticRecord {
  file: string;
  kind: string;
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
  haarFaces: number;
  error?: string;
}

/** One annotated photo. */
export interface FaceRecord {
  file: string;
  truth: Box[];
  engine: Box[];
  engineMs: number;
  haar: Box[];
  haarMs: number;
}
