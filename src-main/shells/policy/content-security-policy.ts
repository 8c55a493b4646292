/**
 * The renderer's Content-Security-Policy, one text for both shells: scripts, styles and fonts
 * from the kiosk's own origin only, no inline script, no eval, no frames, no plugins, forms
 * post nowhere. `connect` adds the origins the page may open sockets to (the web shell's
 * `ws://` bridge); the Electron renderer talks to main over IPC and needs none.
 */
export function contentSecurityPolicy(options: Readonly<{ connect?: readonly string[] }> = {}): string {
  const connect = ["'self'", ...(options.connect ?? [])].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
