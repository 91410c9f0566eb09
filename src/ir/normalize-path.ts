/**
 * The one request-path normalisation every target applies before routing (README "Semantics").
 * nginx fixes most of it (it decodes every %XX, resolves dot segments after merging slashes and
 * answers 400 to bad escapes and to ".." above the root); the other targets are configured to do
 * exactly this, and `match` explains requests with it:
 *
 *   1. the path is the request target up to the first "?";
 *   2. 400 when it holds a "%" not followed by two hex digits, or an escaped "/", "\" or NUL
 *      (%2F, %5C, %00 in any case): an encoded separator is never a separator, nor a character;
 *   3. %XX of an unreserved character (A-Z a-z 0-9 - . _ ~, hex in any case) is decoded; every other
 *      escape stays as written (route paths hold only unreserved characters and "/", so decoding
 *      them, as nginx does, cannot change which route matches);
 *   4. runs of "/" become one "/";
 *   5. "." segments are removed and ".." removes itself and the segment before it (RFC 3986
 *      5.2.4 on the merged path); a final "." or ".." leaves a trailing "/"; ".." above the root is 400.
 *
 * A literal "\" or ";" is an ordinary character. The backend receives the request target as the
 * client sent it: normalisation decides the route, it does not rewrite the request.
 */
export type NormalizedPath = { ok: true; path: string } | { ok: false; status: 400; reason: string };

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

export function normalizeRequestPath(target: string): NormalizedPath {
  const raw = target.split('?', 1)[0] || '/';
  let decoded = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c !== '%') {
      decoded += c;
      continue;
    }
    const hex = raw.slice(i + 1, i + 3);
    if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return bad(`invalid escape "${raw.slice(i, i + 3)}"`);
    const upper = hex.toUpperCase();
    if (upper === '2F' || upper === '5C' || upper === '00') return bad(`escaped ${upper === '2F' ? 'slash' : upper === '5C' ? 'backslash' : 'NUL'} "%${hex}"`);
    const ch = String.fromCharCode(parseInt(hex, 16));
    decoded += UNRESERVED.test(ch) ? ch : `%${hex}`;
    i += 2;
  }
  const segments = decoded.replace(/\/{2,}/g, '/').split('/').slice(1);
  const out: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const last = i === segments.length - 1;
    if (seg === '..') {
      if (out.length === 0) return bad('".." above the root');
      out.pop();
    } else if (seg !== '.') {
      out.push(seg);
      continue;
    }
    if (last) out.push('');
  }
  return { ok: true, path: `/${out.join('/')}` };
}

const bad = (reason: string): NormalizedPath => ({ ok: false, status: 400, reason });
