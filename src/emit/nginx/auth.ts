import type { AuthUrl, BasicAuth, ExternalAuth, RoutePolicies, RouteTable, SigninRedirect } from '../../ir/types.js';
import { routesOf } from '../../ir/types.js';
import type { OutputFile } from '../emitter.js';
import type { TextWriter } from '../text-writer.js';
import { nginxAuthValue, nginxHeaderName, nginxQuote } from './quote.js';

/**
 * Basic and external authentication as ingress-nginx writes them (nginx.tmpl): auth_basic with an
 * htpasswd file per Secret; auth_request to an internal location per auth-url that proxies to the
 * auth service without the body; error_page 401 to a named location redirecting to auth-signin.
 * nginx runs auth_request, auth_basic and the allow/deny rules in its access phase, so `satisfy`
 * combines them exactly as ingress-nginx's location does.
 */

/** The htpasswd file of a Secret ("namespace/name": "_" never occurs in either part). */
export const htpasswdFile = (b: BasicAuth): string => `auth/${b.secret.replace('/', '_')}.htpasswd`;

/**
 * One file per Secret. The worker processes (not the master) open it on each request, so it must
 * be readable by nginx's worker user: mode 0644, and never printed on stdout.
 */
export function htpasswdFiles(ir: RouteTable): OutputFile[] {
  const files = new Map<string, string>();
  for (const vh of ir.vhosts)
    for (const r of routesOf(vh)) {
      const b = r.policies?.basicAuth;
      if (b && !files.has(htpasswdFile(b))) files.set(htpasswdFile(b), b.users.map((u) => `${htpasswdLine(u.name, u.hash)}\n`).join(''));
    }
  return [...files].map(([path, content]) => ({ path, content, mode: 0o644, sensitive: true }));
}

/** A user line; lowering checked both parts' grammar, this is the second wall. */
function htpasswdLine(name: string, hash: string): string {
  if (!/^[\x21-\x39\x3b-\x7e]+$/.test(name) || !/^[\x21-\x7e]+$/.test(hash)) throw new Error(`nginx: refusing htpasswd line for ${JSON.stringify(name)}`);
  return `${name}:${hash}`;
}

const urlText = (u: AuthUrl | SigninRedirect, host: string): string =>
  `${u.scheme}://${host.includes(':') ? `[${host}]` : host}${u.port !== undefined ? `:${u.port}` : ''}${u.path}${u.query !== undefined ? `?${u.query}` : ''}`;

/** Does an auth URL name a host nginx must resolve at request time (a `resolver` is needed)? */
export const authNeedsResolver = (ir: RouteTable): boolean =>
  ir.vhosts.some((vh) => routesOf(vh).some((r) => r.policies?.externalAuth !== undefined && !/^[0-9.]+$|:/.test(r.policies.externalAuth.url.host)));

/** Characters Go's url.QueryEscape keeps; every other byte of the request URI is escaped. */
const KEEP = /[A-Za-z0-9._~-]/;

/** The auth locations of one server: one per distinct auth-url configuration, numbered in order of use. */
export class ServerAuth {
  private readonly external = new Map<string, { n: number; auth: ExternalAuth }>();

  private indexOf(a: ExternalAuth): number {
    const key = JSON.stringify(a);
    let e = this.external.get(key);
    if (!e) this.external.set(key, (e = { n: this.external.size, auth: a }));
    return e.n;
  }

  /** proxy_set_header lines the route's authentication adds (raw values, names checked). */
  headerLines(p: RoutePolicies | undefined): string[] {
    const out: string[] = [];
    if (p?.externalAuth) {
      const n = this.indexOf(p.externalAuth);
      p.externalAuth.responseHeaders.forEach((h, i) => out.push(`proxy_set_header ${nginxQuote(h)} $ingressc_auth${n}_h${i};`));
    }
    // ingress-nginx clears Authorization after basic authentication.
    if (p?.basicAuth) out.push('proxy_set_header Authorization "";');
    return out;
  }

  /** The access-phase directives of a location with authentication. */
  lines(p: RoutePolicies | undefined): string[] {
    if (!p) return [];
    const out: string[] = [];
    if (p.satisfy === 'any') out.push('satisfy any;');
    if (p.externalAuth) {
      const a = p.externalAuth;
      const n = this.indexOf(a);
      out.push(`auth_request /@ingressc-auth-${n};`, `auth_request_set $ingressc_auth${n}_cookie $upstream_http_set_cookie;`, `add_header Set-Cookie $ingressc_auth${n}_cookie${a.alwaysSetCookie ? ' always' : ''};`);
      a.responseHeaders.forEach((h, i) => out.push(`auth_request_set $ingressc_auth${n}_h${i} $upstream_http_${h.toLowerCase().replace(/-/g, '_')};`));
      if (a.signin) out.push(`error_page 401 = @ingressc_signin${n};`);
    }
    if (p.basicAuth) out.push(`auth_basic ${nginxQuote(p.basicAuth.realm)};`, `auth_basic_user_file ${nginxQuote(htpasswdFile(p.basicAuth))};`);
    return out;
  }

  /** The server's internal auth locations and sign-in redirects (after its other locations). */
  locations(w: TextWriter): void {
    for (const { n, auth } of this.external.values()) {
      w.block(`location = /@ingressc-auth-${n}`, () => {
        w.line('internal;');
        w.line('access_log off;');
        w.line('proxy_pass_request_body off;');
        w.line('proxy_set_header Content-Length "";');
        w.line('proxy_set_header X-Forwarded-Proto "";');
        if (auth.method) {
          w.line(`proxy_method ${auth.method};`);
          w.line('proxy_set_header X-Original-URI $request_uri;');
          w.line('proxy_set_header X-Scheme $scheme;');
        }
        w.line(`proxy_set_header Host ${nginxQuote(auth.url.host.includes(':') ? `[${auth.url.host}]` : auth.url.host)};`);
        w.line('proxy_set_header X-Original-URL $scheme://$http_host$request_uri;');
        w.line('proxy_set_header X-Original-Method $request_method;');
        w.line('proxy_set_header X-Sent-From "nginx-ingress-controller";');
        w.line('proxy_set_header X-Real-IP $remote_addr;');
        w.line('proxy_set_header X-Forwarded-For $remote_addr;');
        w.line(`proxy_set_header X-Auth-Request-Redirect ${auth.requestRedirect !== undefined ? nginxQuote(auth.requestRedirect) : '$request_uri'};`);
        w.line('proxy_ssl_server_name on;');
        w.line('proxy_pass_request_headers on;');
        // auth-proxy-set-headers, after ingress-nginx's own (nginx.tmpl: buildAuthProxySetHeaders).
        for (const h of auth.requestHeaders ?? []) w.line(`proxy_set_header ${nginxHeaderName(h.name, { underscore: true })} ${nginxAuthValue(h.value)};`);
        // A variable: a DNS name is resolved at request time (the resolver), as ingress-nginx does.
        w.line(`set $ingressc_auth_target ${nginxQuote(urlText(auth.url, auth.url.host))};`);
        w.line('proxy_pass $ingressc_auth_target;');
      });
      if (auth.signin) signinLocation(w, n, auth.signin);
    }
  }
}

/**
 * 302 to auth-signin with `<param>=<scheme>://<Host><request URI>` (ingress-nginx's
 * buildAuthSignURL; the URI escaped as Go's url.QueryEscape, which nginx has no directive for): a
 * bounded loop of regex steps moves the URI into $ingressc_rd one escaped character at a time.
 * A URI needing more steps than the loop has, or a byte the table does not know, leaves the
 * parameter out rather than sending a wrong one.
 */
function signinLocation(w: TextWriter, n: number, s: SigninRedirect): void {
  const base = urlText(s, s.host ?? '$host');
  const hasParam = s.query !== undefined && s.query.split('&').some((kv) => kv.split('=')[0] === s.redirectParam);
  w.block(`location @ingressc_signin${n}`, () => {
    w.line(`add_header Set-Cookie $ingressc_auth${n}_cookie;`);
    if (hasParam) {
      w.line(`return 302 ${signinQuote(base)};`);
      return;
    }
    // ingress-nginx: "<param>=$scheme://$http_host$escaped_request_uri" (only the URI escaped).
    w.line('set $ingressc_rd "";');
    w.line('set $ingressc_rest $request_uri;');
    for (let i = 0; i < ESCAPE_STEPS; i++)
      w.line('if ($ingressc_rest ~ "^([A-Za-z0-9._~-]*)([^A-Za-z0-9._~-])(.*)$") { set $ingressc_ch $2; set $ingressc_rd "$ingressc_rd$1$ingressc_esc"; set $ingressc_rest $3; }');
    w.line('set $ingressc_rd "$ingressc_rd$ingressc_rest";');
    const sep = s.query !== undefined ? '&' : '?';
    w.line(`if ($ingressc_rd ~ "^(?:[A-Za-z0-9._~+-]|%[0-9A-F]{2})*$") { return 302 ${signinQuote(`${base}${sep}${s.redirectParam}=`, '$scheme://$http_host$ingressc_rd')}; }`);
    w.line(`return 302 ${signinQuote(base)};`);
  });
}

const ESCAPE_STEPS = 48;

/** The sign-in URL: its parts passed the URL grammar; "$host" is the only variable. */
function signinQuote(url: string, trailer = ''): string {
  if (url.replace(/\$host\b/g, '').includes('$')) throw new Error(`nginx: refusing sign-in URL ${JSON.stringify(url)}`);
  return nginxQuote(url + trailer, { allowDollar: true });
}

/**
 * The http-level map of one character to its escape ("volatile": evaluated at each use, the loop
 * above reuses it). Printable ASCII only; any other byte maps to "!", which the final check refuses.
 */
export function escapeMap(w: TextWriter): void {
  w.block('map $ingressc_ch $ingressc_esc', () => {
    w.line('volatile;');
    w.line('default "!";');
    w.line('" " "+";');
    for (let c = 0x21; c < 0x7f; c++) {
      const ch = String.fromCharCode(c);
      if (KEEP.test(ch)) continue;
      // A leading "\\" is map's own escape (and "~" would start a regex): escaped once for map, then quoted.
      const key = ch === '\\' ? '\\\\' : ch;
      w.line(`${nginxQuote(key, { allowDollar: true })} "%${c.toString(16).toUpperCase().padStart(2, '0')}";`);
    }
  });
}
