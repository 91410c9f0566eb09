import type { TargetName } from '../../../diagnostics/types.js';
import type { HashScheme } from '../../../ir/types.js';
import type { SupportRows } from '../support.js';
export declare const ROWS: SupportRows;
/**
 * The password hashes each target checks, as found on the real binaries (test/e2e/basic-auth-hashes.test.ts):
 * nginx 1.22 (Debian, libxcrypt) checks them all; HAProxy 2.6's userlist uses crypt(3), which does
 * not know $apr1$ or the "{...}" forms ({PLAIN} is written as insecure-password).
 */
/** Targets that can let one of source ranges, basic and external authentication admit a request (satisfy any with auth-url). */
export declare const SATISFY_ANY_WITH_EXTERNAL: Partial<Record<TargetName, true>>;
export declare const HASH_SCHEMES: Partial<Record<TargetName, readonly HashScheme[]>>;
