// What the code scan hands the pure core: the image-API call sites it found (code.md), and how much
// of the tree it read.
import type { SourceLanguage } from '../catalog/providers.js';

export interface CallSite {
  /** Repository-relative, with `/`. */
  file: string;
  /** 1-based: where the call starts (the callee expression or the URL literal). */
  line: number;
  column: number;
  language: SourceLanguage;
  /** Provider id of the catalog. */
  provider: string;
  /** What is called, in one short stable word group (`images.generate`, `http POST /v1/images/generations`). */
  api: string;
  model: string | null;
  endpoint: string | null;
  keyEnv: string | null;
  /** `image-route: <id>` written in a comment on the call's line or the line above. */
  routeComment: string | null;
}

/** A file the scan could not read or parse in full: reported as a located notice, never a crash. */
export interface ScanNotice {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface ScanResult {
  callSites: readonly CallSite[];
  /** The scan ran over the whole tree (no paths given): only then can a route be called unused. */
  wholeTree: boolean;
  /** Source files read (after exclusions) and files parsed (a provider hint was found in them). */
  filesRead: number;
  filesParsed: number;
  notices: readonly ScanNotice[];
}

export type TiedBy = 'comment' | 'code' | 'model' | 'provider';

export interface TiedCallSite extends CallSite {
  route: string | null;
  tiedBy: TiedBy | null;
}
