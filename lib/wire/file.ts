import type { WireBytes } from './bytes';

/** A file as it crosses between extension contexts. */
export interface WireFile {
  name: string;
  type: string;
  lastModified: number;
  size: number;
  bytes: WireBytes;
  /**
   * Set when the bytes stayed with the content script (empty `bytes`): the file is too large to
   * check (`too-large`), or too large to carry with the rest of the attachment (`batch`). It can
   * still be cancelled or posted as it is; `sha256` then stands in for the bytes in the audit log.
   */
  withheld?: 'too-large' | 'batch';
  sha256?: string;
}
