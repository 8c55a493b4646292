import { contentSecurityPolicy } from './content-security-policy';
import { permissionsPolicy } from './permissions';

/**
 * Response headers for every file of the renderer, in both shells: the CSP, the permission
 * policy, and the usual guards against framing, MIME sniffing, referrers and cross-origin reads.
 */
export function securityHeaders(options: Readonly<{ connect?: readonly string[] }> = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'Permissions-Policy': permissionsPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Origin-Agent-Cluster': '?1',
    'X-DNS-Prefetch-Control': 'off',
    'X-Permitted-Cross-Domain-Policies': 'none',
  };
}
