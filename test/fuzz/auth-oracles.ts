import { NGINX_FORWARDED } from './errors-oracle.js';
/**
 * The fuzz oracle's view of authentication (basic, external, satisfy), re-derived from the IR
 * independently of the emitters. For nginx, the auth constructs are checked here and removed from
 * the parsed configuration, so the general oracle then sees a configuration without them.
 */
import type { ExternalAuth, Route, RoutePolicies, RouteTable } from '../../src/index.js';
import type { OutputFile } from '../../src/emit/emitter.js';
import { routesOf } from '../../src/ir/types.js';
import { createHash } from 'node:crypto';
import type { NginxDirective } from './tokenizers.js';
import { authUrlText, extAuthByName } from './policy-oracles.js';

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const line = (d: NginxDirective): string => [d.name, ...d.args].join(' ');
const secretFile = (secret: string): string => `auth/${secret.replace('/', '_')}.htpasswd`;

/** Every htpasswd file the IR needs and its exact content (one "user:hash" line per IR user). */
export function expectedHtpasswd(ir: RouteTable, emptyAs = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const vh of ir.vhosts)
    for (const r of routesOf(vh)) {
      const b = r.policies?.basicAuth;
      if (b) out.set(secretFile(b.secret), b.users.map((u) => `${u.name}:${u.hash}\n`).join('') || emptyAs);
    }
  return out;
}

export function checkHtpasswdFiles(target: string, ir: RouteTable, files: readonly OutputFile[], problems: string[], emptyAs = ''): string[] {
  const want = expectedHtpasswd(ir, emptyAs);
  for (const [path, content] of want) if (files.find((f) => f.path === path)?.content !== content) problems.push(`${target}: ${path} is not exactly the IR's users`);
  return [...want.keys()];
}

// ---------------------------------------------------------------- nginx

const STANDARD_HEADERS = ['Upgrade $http_upgrade', 'Connection $connection_upgrade', 'Host $http_host', ...NGINX_FORWARDED];
const KEEP = /[A-Za-z0-9._~-]/;

/** The http-level escape map a sign-in redirect needs, as "key value" lines. */
function escapeMapBody(): string[] {
  const out = ['volatile', 'default !', '  +'];
  for (let c = 0x21; c < 0x7f; c++) {
    const ch = String.fromCharCode(c);
    if (!KEEP.test(ch)) out.push(`${ch === '\\' ? '\\\\' : ch} %${c.toString(16).toUpperCase().padStart(2, '0')}`);
  }
  return out;
}

const urlOf = (u: { scheme: string; host?: string; port?: number; path: string; query?: string }, host: string): string =>
  `${u.scheme}://${host.includes(':') ? `[${host}]` : host}${u.port !== undefined ? `:${u.port}` : ''}${u.path}${u.query !== undefined ? `?${u.query}` : ''}`;

function authLocationBody(a: ExternalAuth): string[] {
  const h = a.url.host.includes(':') ? `[${a.url.host}]` : a.url.host;
  return [
    'internal',
    'access_log off',
    'proxy_pass_request_body off',
    'proxy_set_header Content-Length ',
    'proxy_set_header X-Forwarded-Proto ',
    ...(a.method ? [`proxy_method ${a.method}`, 'proxy_set_header X-Original-URI $request_uri', 'proxy_set_header X-Scheme $scheme'] : []),
    `proxy_set_header Host ${h}`,
    'proxy_set_header X-Original-URL $scheme://$http_host$request_uri',
    'proxy_set_header X-Original-Method $request_method',
    'proxy_set_header X-Sent-From nginx-ingress-controller',
    'proxy_set_header X-Real-IP $remote_addr',
    'proxy_set_header X-Forwarded-For $remote_addr',
    `proxy_set_header X-Auth-Request-Redirect ${a.requestRedirect ?? '$request_uri'}`,
    'proxy_ssl_server_name on',
    'proxy_pass_request_headers on',
    `set $ingressc_auth_target ${urlOf(a.url, a.url.host)}`,
    'proxy_pass $ingressc_auth_target',
  ];
}

const STEP = 'if ($ingressc_rest ~ ^([A-Za-z0-9._~-]*)([^A-Za-z0-9._~-])(.*)$ ) {set $ingressc_ch $2;set $ingressc_rd $ingressc_rd$1$ingressc_esc;set $ingressc_rest $3}';

/** A directive with its block, flattened ("{a;b}") for comparison. */
const flat = (d: NginxDirective): string => (d.block ? `${line(d)} {${d.block.map(flat).join(';')}}` : line(d));

function signinBody(n: number, a: ExternalAuth): string[] {
  const s = a.signin!;
  const base = urlOf(s, s.host ?? '$host');
  const hasParam = s.query !== undefined && s.query.split('&').some((kv) => kv.split('=')[0] === s.redirectParam);
  if (hasParam) return [`add_header Set-Cookie $ingressc_auth${n}_cookie`, `return 302 ${base}`];
  return [
    `add_header Set-Cookie $ingressc_auth${n}_cookie`,
    'set $ingressc_rd ',
    'set $ingressc_rest $request_uri',
    ...Array.from({ length: 48 }, () => STEP),
    'set $ingressc_rd $ingressc_rd$ingressc_rest',
    `if ($ingressc_rd ~ ^(?:[A-Za-z0-9._~+-]|%[0-9A-F]{2})*$ ) {return 302 ${base}${s.query !== undefined ? '&' : '?'}${s.redirectParam}=$scheme://$http_host$ingressc_rd}`,
    `return 302 ${base}`,
  ];
}

/** What a location says for its route's authentication: the header lines and the access lines (n: its auth location). */
function locationAuth(p: RoutePolicies, n: number, filtersSetHeaders: boolean): { headers: string[]; access: string[] } {
  const headers: string[] = [];
  const access: string[] = [];
  if (p.satisfy === 'any') access.push('satisfy any');
  const e = p.externalAuth;
  if (e) {
    e.responseHeaders.forEach((h, i) => headers.push(`proxy_set_header ${h} $ingressc_auth${n}_h${i}`));
    access.push(`auth_request /@ingressc-auth-${n}`, `auth_request_set $ingressc_auth${n}_cookie $upstream_http_set_cookie`, `add_header Set-Cookie $ingressc_auth${n}_cookie${e.alwaysSetCookie ? ' always' : ''}`);
    e.responseHeaders.forEach((h, i) => access.push(`auth_request_set $ingressc_auth${n}_h${i} $upstream_http_${h.toLowerCase().replace(/-/g, '_')}`));
    if (e.signin) access.push(`error_page 401 = @ingressc_signin${n}`);
  }
  if (p.basicAuth) {
    headers.push('proxy_set_header Authorization ');
    access.push(`auth_basic ${p.basicAuth.realm}`, `auth_basic_user_file ${secretFile(p.basicAuth.secret)}`);
  }
  // A location that sets headers only for authentication repeats the standard ones first.
  if (headers.length && !filtersSetHeaders) headers.unshift(...STANDARD_HEADERS.map((h) => `proxy_set_header ${h}`));
  return { headers, access };
}

const AUTH_DIRECTIVES = new Set(['satisfy', 'auth_request', 'auth_request_set', 'add_header', 'auth_basic', 'auth_basic_user_file']);

/**
 * Checks and removes the authentication of one server's locations. `routeOf` names the IR route a
 * location serves (the general oracle's mapping). Returns the server body without the auth
 * locations; the locations' bodies are edited in place.
 */
export function stripNginxServerAuth(body: NginxDirective[], routeOf: (l: NginxDirective) => Route | undefined, where: string, problems: string[]): NginxDirective[] {
  const byN = new Map<number, ExternalAuth>();
  const isAuthLocation = (d: NginxDirective): boolean => (d.args[0] === '=' && /^\/@ingressc-auth-[0-9]+$/.test(d.args[1] ?? '')) || (d.args.length === 1 && /^@ingressc_signin[0-9]+$/.test(d.args[0]!));
  for (const l of body.filter((d) => d.name === 'location' && d.block && !isAuthLocation(d))) {
    const r = routeOf(l);
    const p = r?.policies;
    const inner = l.block!;
    const authReq = inner.find((d) => d.name === 'auth_request');
    const n = authReq ? Number(/^\/@ingressc-auth-([0-9]+)$/.exec(authReq.args[0] ?? '')?.[1] ?? NaN) : -1;
    if (!p?.basicAuth && !p?.externalAuth) {
      if (inner.some((d) => AUTH_DIRECTIVES.has(d.name))) problems.push(`nginx: location ${l.args.join(' ')} of ${where} authenticates, the IR route does not`);
      continue;
    }
    if (p.externalAuth) {
      if (!Number.isInteger(n) || n < 0) {
        problems.push(`nginx: location ${l.args.join(' ')} of ${where}: auth_request ${JSON.stringify(authReq?.args)}`);
        continue;
      }
      const prev = byN.get(n);
      if (prev && JSON.stringify(prev) !== JSON.stringify(p.externalAuth)) problems.push(`nginx: /@ingressc-auth-${n} of ${where} serves two auth configurations`);
      byN.set(n, p.externalAuth);
    }
    const filtersSetHeaders = (r?.filters ?? []).some((f) => f.type === 'RequestHeaderModifier');
    const want = locationAuth(p, n, filtersSetHeaders);
    const sets = inner.filter((d) => d.name === 'proxy_set_header');
    const authHeaderLines = new Set(want.headers);
    const gotHeaders = sets.map(line).filter((x) => authHeaderLines.has(x));
    if (JSON.stringify(gotHeaders) !== JSON.stringify(want.headers)) problems.push(`nginx: location ${l.args.join(' ')} of ${where}: auth headers ${JSON.stringify(gotHeaders).slice(0, 300)}, expected ${JSON.stringify(want.headers).slice(0, 300)}`);
    const gotAccess = inner.filter((d) => AUTH_DIRECTIVES.has(d.name) || (d.name === 'error_page' && d.args[0] === '401')).map(line);
    if (JSON.stringify(gotAccess) !== JSON.stringify(want.access)) problems.push(`nginx: location ${l.args.join(' ')} of ${where}: auth ${JSON.stringify(gotAccess).slice(0, 300)}, expected ${JSON.stringify(want.access).slice(0, 300)}`);
    // What remains is the general oracle's: the route's own headers (upstream-vhost, X-Forwarded-Prefix) and answer.
    l.block = inner.filter((d) => !(AUTH_DIRECTIVES.has(d.name) || (d.name === 'error_page' && d.args[0] === '401') || (d.name === 'proxy_set_header' && authHeaderLines.has(line(d)) && !(filtersSetHeaders && STANDARD_HEADERS.includes(d.args.join(' '))))));
  }
  const rest: NginxDirective[] = [];
  const seen = new Set<number>();
  for (const d of body) {
    const auth = d.name === 'location' && d.args[0] === '=' ? /^\/@ingressc-auth-([0-9]+)$/.exec(d.args[1] ?? '') : null;
    const signin = d.name === 'location' && d.args.length === 1 ? /^@ingressc_signin([0-9]+)$/.exec(d.args[0]!) : null;
    if (!auth && !signin) {
      rest.push(d);
      continue;
    }
    const n = Number((auth ?? signin)![1]);
    const a = byN.get(n);
    if (!a) {
      problems.push(`nginx: ${line(d)} in ${where} serves no IR route`);
      continue;
    }
    const got = (d.block ?? []).map(flat);
    const want = auth ? authLocationBody(a) : a.signin ? signinBody(n, a) : ['(no sign-in)'];
    if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`nginx: ${line(d)} in ${where} says ${JSON.stringify(got).slice(0, 300)}, expected ${JSON.stringify(want).slice(0, 300)}`);
    if (auth) seen.add(n);
  }
  for (const n of byN.keys()) if (!seen.has(n)) problems.push(`nginx: /@ingressc-auth-${n} missing in ${where}`);
  return rest;
}

/** Checks and removes the http-level escape map (present exactly when some route has a sign-in redirect). */
export function stripNginxEscapeMap(ir: RouteTable, http: NginxDirective[], problems: string[]): NginxDirective[] {
  const want = ir.vhosts.some((vh) => routesOf(vh).some((r) => r.policies?.externalAuth?.signin));
  const maps = http.filter((d) => d.name === 'map' && d.args.join(' ') === '$ingressc_ch $ingressc_esc');
  if (maps.length !== (want ? 1 : 0)) problems.push(`nginx: ${maps.length} escape maps, expected ${want ? 1 : 0}`);
  for (const m of maps) if (JSON.stringify((m.block ?? []).map(line)) !== JSON.stringify(escapeMapBody())) problems.push('nginx: the escape map is not exactly the escape table');
  return http.filter((d) => !maps.includes(d));
}

/** Does an IR auth URL need nginx's resolver (a DNS name)? */
export const nginxAuthResolver = (ir: RouteTable): boolean => ir.vhosts.some((vh) => routesOf(vh).some((r) => r.policies?.externalAuth !== undefined && !/^[0-9.]+$|:/.test(r.policies.externalAuth.url.host)));

// ---------------------------------------------------------------- HAProxy

/** userlist sections: header → their lines as the tokenizer reads them (quoted words keep their leading quote). */
export function haproxyUserlists(ir: RouteTable): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const vh of ir.vhosts)
    for (const r of routesOf(vh)) {
      const b = r.policies?.basicAuth;
      if (!b) continue;
      out.set(
        `userlist ul_${b.secret.replace('/', '_')}`,
        b.users.map((u) => (u.scheme === 'plain' ? `user '${u.name} insecure-password '${u.hash.slice('{PLAIN}'.length)}` : `user '${u.name} password '${u.hash}`)),
      );
    }
  return out;
}

// ---------------------------------------------------------------- Envoy

const extAuthId = (a: ExternalAuth): string => createHash('sha256').update(JSON.stringify(a)).digest('hex').slice(0, 16);
const lua = (s: string): string => `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

/**
 * External auth on Envoy: one Lua script per configuration (named by a hash of it) that calls its
 * own cluster at exactly the IR URL; the clusters reach exactly the URL's host and port. Fills
 * extAuthByName for the route check. Returns the auth cluster names.
 */
export function checkEnvoyExtAuth(ir: RouteTable, b: Any, problems: string[]): string[] {
  extAuthByName.clear();
  const auths = new Map<string, ExternalAuth>();
  for (const vh of ir.vhosts) for (const r of routesOf(vh)) if (r.policies?.externalAuth) auths.set(extAuthId(r.policies.externalAuth), r.policies.externalAuth);
  for (const [id, a] of auths) extAuthByName.set(`auth-${id}`, a);
  const clusters: Any[] = b?.static_resources?.clusters ?? [];
  for (const [id, a] of auths) {
    const c = clusters.find((x) => x.name === `ingressc_auth_${id}`);
    const addr = c?.load_assignment?.endpoints?.[0]?.lb_endpoints?.map((e: Any) => `${e.endpoint.address.socket_address.address}:${e.endpoint.address.socket_address.port_value}`);
    if (JSON.stringify(addr) !== JSON.stringify([`${a.url.host}:${a.url.port ?? (a.url.scheme === 'https' ? 443 : 80)}`])) problems.push(`envoy: auth cluster of ${authUrlText(a.url)} reaches ${JSON.stringify(addr)}`);
    if ((c?.transport_socket !== undefined) !== (a.url.scheme === 'https')) problems.push(`envoy: auth cluster of ${authUrlText(a.url)}: TLS ${c?.transport_socket !== undefined}`);
  }
  for (const l of b?.static_resources?.listeners ?? [])
    for (const chain of l.filter_chains ?? [])
      for (const f of chain.filters ?? []) {
        const ext = (f.typed_config?.http_filters ?? []).find((x: Any) => x.name === 'ingressc.ext_auth');
        if (!ext) continue;
        const codes = ext.typed_config?.source_codes ?? {};
        const names = Object.keys(codes).sort();
        if (JSON.stringify(names) !== JSON.stringify([...extAuthByName.keys()].sort())) problems.push(`envoy: ext_auth scripts ${JSON.stringify(names)}`);
        if (ext.disabled !== true || ext.typed_config?.clear_route_cache !== false) problems.push('envoy: ext_auth filter must be disabled by default and keep the route');
        for (const [name, a] of extAuthByName) {
          const src: string = codes[name]?.inline_string ?? '';
          const id = name.slice('auth-'.length);
          const host = a.url.host.includes(':') ? `[${a.url.host}]` : a.url.host;
          const path = `${a.url.path}${a.url.query !== undefined ? `?${a.url.query}` : ''}`;
          for (const want of [`call[":path"] = ${lua(path)}\n`, `call[":authority"] = ${lua(host)}\n`, `call[":method"] = ${lua(a.method ?? 'GET')}\n`, `h:httpCall("ingressc_auth_${id}", call, "", 60000, false)`])
            if (src.split(want).length !== 2) problems.push(`envoy: script ${name} does not say ${JSON.stringify(want)} exactly once`);
        }
      }
  return [...auths.keys()].map((id) => `ingressc_auth_${id}`);
}

/** HAProxy external auth: the Lua file lists exactly the IR's configurations (URL, method, Host); the response rule of each backend. */
export function checkHaproxyExtAuth(ir: RouteTable, files: readonly OutputFile[], problems: string[]): string[] {
  const auths = new Map<string, ExternalAuth>();
  for (const vh of ir.vhosts) for (const r of routesOf(vh)) if (r.policies?.externalAuth) auths.set(extAuthId(r.policies.externalAuth), r.policies.externalAuth);
  const cfg = files.find((f) => f.path === 'haproxy.cfg')?.content ?? '';
  const globals = (kw: string): string[] => cfg.split('\n').filter((l) => l.trim().split(/\s+/)[0] === kw).map((l) => l.trim());
  const https = [...auths.values()].some((a) => a.url.scheme === 'https');
  if (JSON.stringify(globals('lua-load')) !== JSON.stringify(auths.size ? ['lua-load auth/ext-auth.lua'] : [])) problems.push(`haproxy: lua-load ${JSON.stringify(globals('lua-load'))}`);
  if (JSON.stringify(globals('httpclient.ssl.verify')) !== JSON.stringify(https ? ['httpclient.ssl.verify none'] : [])) problems.push(`haproxy: httpclient.ssl.verify ${JSON.stringify(globals('httpclient.ssl.verify'))}`);
  if (auths.size === 0) return [];
  const src = files.find((f) => f.path === 'auth/ext-auth.lua')?.content ?? '';
  const entries = [...src.matchAll(/^ {2}\["([0-9a-f]{16})"\] = \{ url = ("(?:[^"\\]|\\.)*"), method = "([a-z]+)", host = ("(?:[^"\\]|\\.)*"),/gm)];
  const got = entries.map((m) => m[1]!).sort();
  if (JSON.stringify(got) !== JSON.stringify([...auths.keys()].sort())) problems.push(`haproxy: ext-auth.lua configurations ${JSON.stringify(got)}`);
  for (const m of entries) {
    const a = auths.get(m[1]!);
    if (!a) continue;
    if (m[2] !== lua(authUrlText(a.url)) || m[3] !== (a.method ?? 'GET').toLowerCase() || m[4] !== lua(a.url.host.includes(':') ? `[${a.url.host}]` : a.url.host)) problems.push(`haproxy: ext-auth.lua configuration ${m[1]} is not the IR's ${authUrlText(a.url)}`);
  }
  if (src.split('core.register_action("ingressc_auth"').length !== 2) problems.push('haproxy: ext-auth.lua does not register the action exactly once');
  return ['auth/ext-auth.lua'];
}

/** The http-response lines a policy backend must have for its external auth. */
export function haproxyAuthResponse(p: RoutePolicies | undefined): string[] {
  const a = p?.externalAuth;
  if (!a) return [];
  return [`http-response add-header Set-Cookie %[var(txn.ingressc_auth_cookie)] if { var(txn.ingressc_auth_cookie) -m found }${a.alwaysSetCookie ? '' : ' { status 200 201 204 206 301 302 303 304 307 308 }'}`];
}

// ---------------------------------------------------------------- Caddy

/** A route's leading authentication handlers read back ("basic user:hash,… realm=R then "), or undefined. */
export function caddyBasicAuth(handlers: Any[], problems: string[]): string | undefined {
  const [a, h] = handlers;
  if (a?.handler !== 'authentication') return undefined;
  const basic = a.providers?.http_basic;
  if (Object.keys(a).join() !== 'handler,providers' || Object.keys(a.providers ?? {}).join() !== 'http_basic' || JSON.stringify(basic?.hash) !== '{"algorithm":"bcrypt"}' || Object.keys(basic ?? {}).some((k) => !['accounts', 'realm', 'hash'].includes(k)))
    problems.push(`caddy: authentication handler ${JSON.stringify(a).slice(0, 200)}`);
  if (JSON.stringify(h) !== '{"handler":"headers","request":{"delete":["Authorization"]}}') problems.push(`caddy: basic authentication without removing Authorization: ${JSON.stringify(h).slice(0, 120)}`);
  const users = (basic?.accounts ?? []).map((x: Any) => `${x.username}:${Buffer.from(String(x.password), 'base64').toString('utf8')}`);
  return `basic ${users.join(',')} realm=${basic?.realm ?? ''} then `;
}

// ---------------------------------------------------------------- Traefik

/** Every basicAuth middleware lists exactly its Secret's IR users (read back by name: ingressc-basic-<ns>_<secret>-<n>). */
export function checkTraefikBasicAuth(ir: RouteTable, middlewares: Record<string, Any>, problems: string[]): void {
  const bySecret = new Map<string, { users: string[]; realms: Set<string> }>();
  for (const vh of ir.vhosts)
    for (const r of routesOf(vh)) {
      const b = r.policies?.basicAuth;
      if (!b) continue;
      const e = bySecret.get(b.secret) ?? { users: b.users.map((u) => `${u.name}:${u.hash}`), realms: new Set<string>() };
      e.realms.add(b.realm);
      bySecret.set(b.secret, e);
    }
  for (const [name, m] of Object.entries(middlewares)) {
    if (!m?.basicAuth) continue;
    const s = /^ingressc-basic-([a-z0-9-]+)_([a-z0-9.-]+)-[0-9]+$/.exec(name);
    const want = s ? bySecret.get(`${s[1]}/${s[2]}`) : undefined;
    if (!want) {
      problems.push(`traefik: basicAuth middleware ${name} of no IR Secret`);
      continue;
    }
    const users = want.users.length ? want.users : ['-:{SHA}AAAAAAAAAAAAAAAAAAAAAAAAAAA='];
    if (JSON.stringify(m.basicAuth.users) !== JSON.stringify(users)) problems.push(`traefik: ${name} users are not exactly the IR's`);
    if (!want.realms.has(m.basicAuth.realm ?? '') || Object.keys(m.basicAuth).some((k) => !['users', 'realm', 'removeHeader'].includes(k))) problems.push(`traefik: ${name} ${JSON.stringify(m.basicAuth).slice(0, 200)}`);
  }
}

/** A route's forward-auth reverse_proxy read back ("external METHOD URL headers=… then "), or undefined. */
export function caddyExternalAuth(handlers: Any[], problems: string[]): string | undefined {
  const h = handlers[0];
  if (h?.handler !== 'reverse_proxy' || !h.handle_response) return undefined;
  const dial: string = h.upstreams?.[0]?.dial ?? '';
  const m = /^(\[[^\]]+\]|[^:]+):([0-9]+)$/.exec(dial);
  const tls = h.transport?.tls !== undefined;
  const uri: string = h.rewrite?.uri ?? '';
  const q = uri.indexOf('?');
  const path = q < 0 ? uri : uri.slice(0, q);
  const query = q < 0 ? '' : uri.slice(q + 1);
  if (!m || q < 0 || h.upstreams.length !== 1 || JSON.stringify(h.headers?.request?.delete) !== '["Content-Length"]') problems.push(`caddy: forward auth ${JSON.stringify(h).slice(0, 200)}`);
  const host = m?.[1] ?? '';
  const port = Number(m?.[2] ?? 0);
  const scheme = tls ? 'https' : 'http';
  const url = `${scheme}://${host}${port === (tls ? 443 : 80) ? '' : `:${port}`}${path}${query ? `?${query}` : ''}`;
  if (h.headers?.request?.set?.Host?.[0] !== host) problems.push(`caddy: forward auth Host ${JSON.stringify(h.headers?.request?.set?.Host)}`);
  const copied = ((h.handle_response?.[0]?.routes ?? []) as Any[]).filter((r) => r.handle?.[0]?.request?.set).map((r) => Object.keys(r.handle[0].request.set)[0]);
  const statuses = (h.handle_response as Any[]).map((x) => JSON.stringify(x.match?.status_code ?? null)).join(' ');
  if (statuses !== '[2] [401] [403] null') problems.push(`caddy: forward auth decides on ${statuses}`);
  // The 401 branch: a sign-in redirect (its Location, placeholders as written) or the 401; the auth cookie on refusals (auth-always-set-cookie).
  const r401: Any[] = h.handle_response?.[1]?.routes ?? [];
  const redirect = r401.find((r) => r.handle?.[0]?.status_code === 302)?.handle[0].headers?.Location?.[0];
  const cookie2xx = (h.handle_response?.[0]?.routes ?? []).find((r: Any) => r.handle?.[1]?.response?.add?.['Set-Cookie'])?.handle[1].response;
  const always = cookie2xx !== undefined && cookie2xx.require === undefined;
  if (always && !(h.handle_response as Any[]).slice(1).every((x) => x.routes?.[0]?.handle?.[0]?.response?.add?.['Set-Cookie'])) problems.push('caddy: auth-always-set-cookie without the cookie on a refusal');
  return `external ${h.rewrite?.method} ${url} headers=${copied.join(',')}${redirect !== undefined ? ` signin=${redirect}` : ''}${always ? ' always-cookie' : ''} then `;
}
