/**
 * The report shape shared by the engine, the CLI and the extension.
 * Mirrors ../shared/report.schema.json (a copy lives in lib/engine/report.schema.json).
 * Boxes are [x, y, width, height] in pixels of the original image after EXIF orientation.
 */
export type Box = [x: number, y: number, width: number, height: number];

export type Verdict = 'identifiable' | 'review' | 'clear' | 'error';

export type IdentifierType =
  | 'name'
  | 'date-of-birth'
  | 'nhs-number'
  | 'chi-number'
  | 'hospital-number'
  | 'date'
  | 'time'
  | 'age'
  | 'sex'
  | 'age-sex'
  | 'institution'
  | 'postcode'
  | 'address'
  | 'phone'
  | 'email'
  | 'other';

export interface FaceFinding {
  box: Box;
  /** 0..1 */
  score: number;
}

/** A rotated outline: four corners [x, y] × 4, top-left, top-right, bottom-right, bottom-left in reading order. */
export type Quad = [number, number, number, number, number, number, number, number];

export interface TextRegion {
  box: Box;
  text: string;
  /** The line's rotated outline when the detector found it; `box` is the box around it. */
  quad?: Quad;
  /** 0..100 as tesseract reports it, when known */
  confidence?: number;
}

export interface IdentifierFinding {
  type: IdentifierType;
  text: string;
  box: Box;
  confidence?: number;
}

export interface MetadataFinding {
  tag: string;
  value: string;
}

export interface Report {
  file: string;
  width: number;
  height: number;
  verdict: Verdict;
  faces: FaceFinding[];
  text: TextRegion[];
  identifiers: IdentifierFinding[];
  metadata: MetadataFinding[];
  /** Milliseconds per stage. */
  timings: Record<string, number>;
  error?: string;
  /** The file itself could not be read (a type the engine does not decode, damaged, over the limits): checking it again gives the same answer, and it cannot be redacted. */
  unreadable?: true;
}
