/**
 * What Traefik v3 derives from a request before routing (newest v3 behaviour):
 *  - the canonical host (requestdecorator): the Host header without its port, trimmed, lowercased;
 *    Host and HostRegexp both match against it;
 *  - the path: percent-encoded unreserved characters decoded and other escapes uppercased, then
 *    (entry point option sanitizePath, on by default) dot segments and duplicate slashes removed;
 *    the result is what the backend receives;
 *  - the routing path Path/PathPrefix/PathRegexp compare with: that path with every escape decoded
 *    except the reserved characters (withRoutingPath in pkg/muxer/http/mux.go).
 */

/** Go's net.SplitHostPort as used by requestdecorator.parseHost: keep the header when it fails. */
export function canonicalHost(hostHeader: string | undefined): string {
  let host = hostHeader ?? '';
  if (host.includes(':')) {
    if (host.startsWith('[')) {
      const m = /^\[([^\]]*)\]:([^:]*)$/.exec(host);
      if (m) host = m[1]!;
    } else if (host.indexOf(':') === host.lastIndexOf(':')) host = host.slice(0, host.indexOf(':'));
  }
  return host.trim().toLowerCase();
}

export interface RequestPath {
  /** Path as forwarded (escaped), query appended. */
  forwarded: string;
  /** What path matchers see. */
  routing: string;
}

const UNRESERVED = /[A-Za-z0-9\-._~]/;
const RESERVED_ESCAPES = new Set(['%3A', '%2F', '%3F', '%23', '%5B', '%5D', '%40', '%21', '%24', '%26', '%27', '%28', '%29', '%2A', '%2B', '%2C', '%3B', '%3D', '%25']);

/** Undefined when Go's server would reject the request target (400): a bad percent-encoding. */
export function requestPath(target: string, opts: { sanitizePath: boolean }): RequestPath | undefined {
  const q = target.indexOf('?');
  const raw = q < 0 ? target : target.slice(0, q);
  const query = q < 0 ? undefined : target.slice(q + 1);
  if (/%(?![0-9A-Fa-f]{2})/.test(raw)) return undefined;
  let path = raw.replace(/%([0-9A-Fa-f]{2})/g, (m, h: string) => {
    const c = String.fromCharCode(parseInt(h, 16));
    return UNRESERVED.test(c) ? c : m.toUpperCase();
  });
  if (opts.sanitizePath) path = sanitize(path);
  return { forwarded: query === undefined ? path : `${path}?${query}`, routing: routingPath(path) };
}

/** url.URL.JoinPath(): path.Clean, keeping one trailing slash. */
function sanitize(p: string): string {
  const cleaned = goPathClean(p);
  return p.endsWith('/') && !cleaned.endsWith('/') ? `${cleaned}/` : cleaned;
}

/** Go's path.Clean. */
export function goPathClean(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(seg);
  }
  const joined = out.join('/');
  return rooted ? `/${joined}` : joined === '' ? '.' : joined;
}

function routingPath(escaped: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < escaped.length; i++) {
    const esc = escaped.slice(i, i + 3);
    if (escaped[i] === '%' && !RESERVED_ESCAPES.has(esc.toUpperCase())) {
      bytes.push(parseInt(esc.slice(1), 16));
      i += 2;
    } else for (const b of Buffer.from(escaped[i]!, 'utf8')) bytes.push(b);
  }
  return Buffer.from(bytes).toString('utf8');
}
