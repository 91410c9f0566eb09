import { createHash, timingSafeEqual } from 'node:crypto';
import type { BasicAuthUser, RoutePolicies } from './types.js';

/**
 * The IR's access semantics (RoutePolicies): who a route admits, in the order ingress-nginx's
 * location checks (nginx's access phase: the address rules, then basic authentication, then the
 * external auth request). Every emitter must agree with this function.
 */
export interface AccessRequest {
  /** The TCP peer; absent: unknown (a source range then decides nothing). */
  clientIp?: string;
  /** The Authorization header as sent. */
  authorization?: string;
  /** What the external auth service answers this request (absent: not asked / unknown). */
  externalStatus?: number;
}

export type AccessDecision =
  | { admitted: true }
  | { admitted: false; status: 401 | 403 | 500 | 302; why: string }
  /** The decision depends on something the evaluator cannot know (a hash it cannot check, an unknown client address or auth answer). */
  | { admitted: undefined; why: string };

/**
 * `inRange(cidrs, ip)` decides source ranges (the caller's CIDR matcher). satisfy all: the first
 * refusing check answers; satisfy any: one admitting check is enough, else 401 (nginx keeps a 401
 * over a 403).
 */
export function decideAccess(p: RoutePolicies | undefined, req: AccessRequest, inRange: (cidrs: readonly string[], ip: string) => boolean): AccessDecision {
  if (!p) return { admitted: true };
  const checks: (() => AccessDecision)[] = [];
  if (p.sourceAllow || p.sourceDeny) {
    checks.push(() => {
      if (req.clientIp === undefined) return { admitted: undefined, why: 'the client address decides (source ranges)' };
      if (p.sourceDeny && inRange(p.sourceDeny, req.clientIp)) return { admitted: false, status: 403, why: 'the client address is in denylist-source-range' };
      if (p.sourceAllow && !inRange(p.sourceAllow, req.clientIp)) return { admitted: false, status: 403, why: 'the client address is outside allowlist-source-range' };
      return { admitted: true };
    });
  }
  if (p.basicAuth) {
    const b = p.basicAuth;
    checks.push(() => {
      const creds = basicCredentials(req.authorization);
      const user = creds && b.users.find((u) => u.name === creds.user);
      if (!creds || !user) return { admitted: false, status: 401, why: `basic authentication (realm ${JSON.stringify(b.realm)}): ${creds ? 'unknown user' : 'no credentials'}` };
      const ok = verifyPassword(user, creds.password);
      if (ok === undefined) return { admitted: undefined, why: `the ${user.scheme} hash of user ${JSON.stringify(user.name)} decides` };
      return ok ? { admitted: true } : { admitted: false, status: 401, why: 'basic authentication: wrong password' };
    });
  }
  if (p.externalAuth) {
    const e = p.externalAuth;
    checks.push(() => {
      const s = req.externalStatus;
      if (s === undefined) return { admitted: undefined, why: 'the external auth service decides (2xx admits, 401/403 refuse, anything else is 500)' };
      if (s >= 200 && s < 300) return { admitted: true };
      if (s === 401) return e.signin ? { admitted: false, status: 302, why: 'the auth service answered 401: redirect to auth-signin' } : { admitted: false, status: 401, why: 'the auth service answered 401' };
      if (s === 403) return { admitted: false, status: 403, why: 'the auth service answered 403' };
      return { admitted: false, status: 500, why: `the auth service answered ${s}` };
    });
  }
  const results = checks.map((c) => c());
  if (p.satisfy === 'any') {
    if (results.some((r) => r.admitted === true)) return { admitted: true };
    const unknown = results.find((r) => r.admitted === undefined);
    if (unknown) return unknown;
    const refusals = results.filter((r): r is Extract<AccessDecision, { admitted: false }> => r.admitted === false);
    return refusals.find((r) => r.status === 401 || r.status === 302) ?? refusals[refusals.length - 1] ?? { admitted: true };
  }
  for (const r of results) if (r.admitted !== true) return r;
  return { admitted: true };
}

export function basicCredentials(header: string | undefined): { user: string; password: string } | undefined {
  const m = header && /^Basic +([A-Za-z0-9+/]+=*)$/i.exec(header.trim());
  if (!m) return undefined;
  const text = Buffer.from(m[1]!, 'base64').toString('utf8');
  const i = text.indexOf(':');
  return i < 0 ? undefined : { user: text.slice(0, i), password: text.slice(i + 1) };
}

const same = (a: Buffer, b: Buffer): boolean => a.length === b.length && timingSafeEqual(a, b);

/** true/false for the formats checked here ({PLAIN}, {SHA}, {SSHA}, $apr1$, $1$); undefined for the others. */
export function verifyPassword(u: BasicAuthUser, password: string): boolean | undefined {
  switch (u.scheme) {
    case 'plain':
      return same(Buffer.from(u.hash.slice('{PLAIN}'.length)), Buffer.from(password));
    case 'sha1':
      return same(Buffer.from(u.hash.slice('{SHA}'.length), 'base64'), createHash('sha1').update(password).digest());
    case 'ssha': {
      const raw = Buffer.from(u.hash.slice('{SSHA}'.length), 'base64');
      return same(raw.subarray(0, 20), createHash('sha1').update(password).update(raw.subarray(20)).digest());
    }
    case 'apr1':
    case 'md5-crypt': {
      const magic = u.scheme === 'apr1' ? '$apr1$' : '$1$';
      const salt = u.hash.slice(magic.length, u.hash.indexOf('$', magic.length));
      return md5Crypt(password, salt, magic) === u.hash;
    }
    default:
      return undefined;
  }
}

const ITOA64 = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Poul-Henning Kamp's MD5-crypt ($1$), and Apache's variant with the magic "$apr1$". */
export function md5Crypt(password: string, salt: string, magic: string): string {
  const pw = Buffer.from(password);
  const s = Buffer.from(salt.slice(0, 8));
  let fin = createHash('md5').update(pw).update(s).update(pw).digest();
  const ctx = createHash('md5').update(pw).update(magic).update(s);
  for (let pl = pw.length; pl > 0; pl -= 16) ctx.update(fin.subarray(0, Math.min(16, pl)));
  for (let i = pw.length; i; i >>= 1) ctx.update(i & 1 ? Buffer.from([0]) : pw.subarray(0, 1));
  fin = ctx.digest();
  for (let i = 0; i < 1000; i++) {
    const c = createHash('md5');
    c.update(i & 1 ? pw : fin);
    if (i % 3) c.update(s);
    if (i % 7) c.update(pw);
    c.update(i & 1 ? fin : pw);
    fin = c.digest();
  }
  const to64 = (v: number, n: number): string => {
    let out = '';
    for (; n > 0; n--, v >>= 6) out += ITOA64[v & 0x3f];
    return out;
  };
  const f = fin;
  const out =
    to64((f[0]! << 16) | (f[6]! << 8) | f[12]!, 4) +
    to64((f[1]! << 16) | (f[7]! << 8) | f[13]!, 4) +
    to64((f[2]! << 16) | (f[8]! << 8) | f[14]!, 4) +
    to64((f[3]! << 16) | (f[9]! << 8) | f[15]!, 4) +
    to64((f[4]! << 16) | (f[10]! << 8) | f[5]!, 4) +
    to64(f[11]!, 2);
  return `${magic}${salt.slice(0, 8)}$${out}`;
}
