import type { FaceFinding, IdentifierFinding, MetadataFinding, TextRegion } from './report';

/**
 * How far one check has got, for showing findings as they come. A stage's field is present once
 * that stage has finished; text grows line by line. The final report replaces all of it.
 */
export interface CheckProgress {
  width: number;
  height: number;
  metadata?: MetadataFinding[];
  faces?: FaceFinding[];
  text: {
    /** Lines read so far and what the rules found in them. */
    lines: TextRegion[];
    identifiers: IdentifierFinding[];
    /** Lines the detector found, once it has run; `lines.length` of them are read. */
    found?: number;
  };
}

/** Called by the check whenever a stage finishes or a text line has been read. */
export type ProgressListener = (progress: CheckProgress) => void;
