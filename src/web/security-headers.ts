import type { Config } from '../config.ts';

const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

export const hsts = 'max-age=31536000; includeSubDomains';

/**
 * The security headers of every response: a Content-Security-Policy that allows no inline script
 * or style, no framing, no MIME sniffing, a strict referrer policy, and HSTS behind HTTPS.
 * They are the same for every response, so the HTTP server sets them once per response at the
 * socket level (see http-server.ts) instead of rewriting each response object.
 */
export function securityHeaders(config: Config): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy,
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'X-Permitted-Cross-Domain-Policies': 'none',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
  if (config.publicUrl?.startsWith('https://')) headers['Strict-Transport-Security'] = hsts;
  return headers;
}
