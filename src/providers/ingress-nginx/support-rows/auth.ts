import type { TargetName } from '../../../diagnostics/types.js';
import type { HashScheme } from '../../../ir/types.js';
import type { SupportRows } from '../support.js';

/** Support rows of the basic and external authentication, client certificates, satisfy family (added with each target's live proof). */
export const ROWS: SupportRows = {};

/**
 * The password hashes each target checks, as found on the real binaries (test/e2e/basic-auth-hashes.test.ts):
 * nginx 1.22 (Debian, libxcrypt) checks them all; HAProxy 2.6's userlist uses crypt(3), which does
 * not know $apr1$ or the "{...}" forms ({PLAIN} is written as insecure-password).
 */
export const HASH_SCHEMES: Partial<Record<TargetName, readonly HashScheme[]>> = {
  nginx: ['apr1', 'md5-crypt', 'sha256-crypt', 'sha512-crypt', 'bcrypt', 'des-crypt', 'sha1', 'ssha', 'plain'],
  haproxy: ['md5-crypt', 'sha256-crypt', 'sha512-crypt', 'bcrypt', 'des-crypt', 'plain'],
};
