// Strict UTF-8 decoding that says where a file stops being UTF-8, for manifests and policies alike.
import type { SourcePosition } from '../yaml/strict-yaml.js';

/** Decoding without `stream` starts afresh each time, so one decoder serves every file. */
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/** The decoded text, or the line and column (as the text before it counts them) of the first bad byte. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { badByteAt: SourcePosition } {
  try {
    return { text: strictDecoder.decode(bytes) };
  } catch {
    return { badByteAt: firstBadByte(bytes) };
  }
}

function decodesSoFar(bytes: Uint8Array): string | undefined {
  try {
    // `stream`: a character cut off at the end of the prefix is not an error, only a wrong byte is.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return undefined;
  }
}

/**
 * Binary search for the longest prefix that decodes; what it decodes to ends just before the bad
 * sequence (a streaming decoder holds back the bytes of an unfinished character).
 */
function firstBadByte(bytes: Uint8Array): SourcePosition {
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = (good + bad) >> 1;
    if (decodesSoFar(bytes.subarray(0, middle)) === undefined) bad = middle;
    else good = middle;
  }
  const before = decodesSoFar(bytes.subarray(0, good)) ?? '';
  // Lines end at LF, CRLF or a lone CR, as YAML counts them.
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}
