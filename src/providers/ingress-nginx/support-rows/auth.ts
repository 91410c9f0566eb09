import type { TargetName } from '../../../diagnostics/types.js';
import type { HashScheme } from '../../../ir/types.js';
import type { Support, SupportRows } from '../support.js';

/** Support rows of the basic and external authentication, client certificates, satisfy family (added with each target's live proof). */
const yes: Support = { level: 'supported' };
const basicOnly: Support = { level: 'supported', refuse: (v) => (v === 'digest' ? 'digest authentication needs a module the target does not have (nginx-light has no auth_digest)' : undefined) };

export const ROWS: SupportRows = {
  // nginx: test/conformance/ingress-nginx/auth-cases.ts (live), test/e2e/access-fail-closed.test.ts.
  'auth-type': { nginx: basicOnly },
  'auth-secret': { nginx: yes },
  'auth-secret-type': { nginx: yes },
  'auth-realm': { nginx: yes },
  'auth-url': { nginx: yes },
  'auth-method': { nginx: yes },
  'auth-signin': { nginx: yes },
  'auth-signin-redirect-param': { nginx: yes },
  'auth-response-headers': { nginx: yes },
  'auth-request-redirect': { nginx: yes },
  'auth-always-set-cookie': { nginx: yes },
  satisfy: { nginx: yes },
};

/**
 * The password hashes each target checks, as found on the real binaries (test/e2e/basic-auth-hashes.test.ts):
 * nginx 1.22 (Debian, libxcrypt) checks them all; HAProxy 2.6's userlist uses crypt(3), which does
 * not know $apr1$ or the "{...}" forms ({PLAIN} is written as insecure-password).
 */
export const HASH_SCHEMES: Partial<Record<TargetName, readonly HashScheme[]>> = {
  nginx: ['apr1', 'md5-crypt', 'sha256-crypt', 'sha512-crypt', 'bcrypt', 'des-crypt', 'sha1', 'ssha', 'plain'],
  haproxy: ['md5-crypt', 'sha256-crypt', 'sha512-crypt', 'bcrypt', 'des-crypt', 'plain'],
};
