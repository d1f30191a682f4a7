// Facts a route declares about the code that calls it, read the way the scan reports calls.

/** The host of a URL, lower-cased; undefined when it is not a URL. */
export function hostOf(url: string): string | undefined {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:@\s]+)/i.exec(url.trim());
  return match ? match[1]!.toLowerCase() : undefined;
}

/** `env:NAME` → `NAME`; undefined for any other reference. */
export function envOfSecretRef(secretRef: string | undefined): string | undefined {
  const match = secretRef ? /^env:([A-Za-z_][A-Za-z0-9_]*)$/.exec(secretRef.trim()) : null;
  return match ? match[1] : undefined;
}
