/**
 * Which URLs count as the kiosk's own page. Both shells use this one rule: the Electron window
 * for navigation, new windows and outgoing requests; the web shell for the bridge's Origin check.
 */

/**
 * `scheme://host[:port]`, lower case, or null for a URL with no host (file:, data:, about:,
 * javascript:) or one that does not parse. WHATWG `URL.origin` is "null" for custom schemes
 * such as `app://kiosk`, so the origin is rebuilt from protocol and host instead.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!parsed.host) return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

/** True only when `url` has exactly one of `ownOrigins` (same scheme, host and port). */
export function isOwnOrigin(url: string, ownOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  if (origin === null) return false;
  return ownOrigins.some((own) => originOf(own) === origin);
}

/** Schemes whose content is made in the page itself (a QR code image, a camera frame). */
const IN_PAGE_SCHEMES = new Set(['data:', 'blob:']);

/**
 * May the page load or connect to `url`? Its own origin and in-page data only: nothing on the
 * network, no local files. Navigation uses the stricter `isOwnOrigin`.
 */
export function isAllowedRequest(url: string, ownOrigins: readonly string[]): boolean {
  if (isOwnOrigin(url, ownOrigins)) return true;
  try {
    return IN_PAGE_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}
