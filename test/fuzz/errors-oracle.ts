/**
 * The nginx oracle's view of error pages (RouteErrors, src/emit/nginx/errors.ts): a location's
 * error-page directives are exactly the route's, and each named location `@e<code>_<upstream>`
 * (`@e_none`: no error backend) says exactly what the IR's contract needs.
 */
import { otherHeaderSets, routesOf, upstreamHost, type ResponseRewrites, type Route, type RouteErrors, type RouteTable, type Upstream } from '../../src/ir/types.js';
import type { NginxDirective } from './tokenizers.js';

const text = (d: NginxDirective): string => [d.name, ...d.args].join(' ');
const isErrorLine = (d: NginxDirective): boolean =>
  (d.name === 'set' && /^\$ingressc_err_/.test(d.args[0] ?? '')) || d.name === 'proxy_intercept_errors' || (d.name === 'error_page' && d.args[2]?.startsWith('@e') === true);

const pageName = (code: number, e: RouteErrors): string => (e.upstream === undefined ? '@e_none' : `@e${code}_${e.upstream}`);

/** Checks and removes a location's error-page lines; returns the rest and the named locations it uses. */
export function takeErrorLines(body: readonly NginxDirective[], route: Pick<Route, 'errors' | 'filters'> | undefined, problems: string[], where: string): { rest: NginxDirective[]; pages: Map<string, { code: number; upstream?: string }> } {
  const got = body.filter(isErrorLine).map(text);
  const e = route?.errors;
  const want: string[] = [];
  const pages = new Map<string, { code: number; upstream?: string }>();
  if (e && e.codes.length) {
    const c = e.context;
    want.push(`set $ingressc_err_namespace ${c.namespace}`, `set $ingressc_err_ingress ${c.ingress}`, `set $ingressc_err_service ${c.service}`, `set $ingressc_err_port ${c.servicePort}`);
    if (e.upstreamResponses) want.push('proxy_intercept_errors on');
    for (const code of e.codes) {
      const name = pageName(code, e);
      want.push(`error_page ${code} = ${name}`);
      pages.set(name, { code, ...(e.upstream !== undefined ? { upstream: e.upstream } : {}) });
    }
  }
  if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`nginx: location ${where} has error-page lines ${JSON.stringify(got)}, the IR says ${JSON.stringify(want)}`);
  // A stand-in sends X-Format and its header filter's headers (X-Code and the context); without an
  // upstream-vhost, the standard headers it repeats are its own too.
  const standIn = new Set<string>();
  if (e?.standIn && route) {
    standIn.add('proxy_set_header X-Format $http_accept');
    for (const h of otherHeaderSets(route)) standIn.add(`proxy_set_header ${h.name} ${h.value}`);
    if (upstreamHost(route) === undefined)
      for (const l of ['Upgrade $http_upgrade', 'Connection $connection_upgrade', 'Host $http_host', ...NGINX_FORWARDED]) standIn.add(`proxy_set_header ${l}`);
  }
  const rest = body.filter((d) => !isErrorLine(d) && !(d.name === 'proxy_set_header' && standIn.has(text(d))));
  return { rest, pages };
}

/** The body of named location `name` for an error page, or undefined when it is none of the IR's. */
export function expectedPage(page: { code: number; upstream?: string }, byId: ReadonlyMap<string, Upstream>, reach: (u: Upstream) => string): string | undefined {
  if (page.upstream === undefined) return 'return 404';
  const u = byId.get(page.upstream);
  if (!u || u.endpoints.length === 0) return undefined;
  const answer = reach(u).split('\n');
  return [
    'proxy_intercept_errors off',
    'proxy_set_header Connection ',
    'proxy_set_header Host $http_host',
    'proxy_set_header X-Format $http_accept',
    'proxy_set_header X-Original-URI $request_uri',
    'proxy_set_header X-Namespace $ingressc_err_namespace',
    'proxy_set_header X-Ingress-Name $ingressc_err_ingress',
    'proxy_set_header X-Service-Name $ingressc_err_service',
    'proxy_set_header X-Service-Port $ingressc_err_port',
    'proxy_set_header X-Forwarded-For $remote_addr',
    'proxy_set_header X-Request-ID $ingressc_req_id',
    `proxy_set_header X-Code ${page.code}`,
    ...answer.slice(0, -1),
    'rewrite ^ / break',
    answer[answer.length - 1]!,
  ].join('\n');
}

const REWRITE_DIRECTIVES = new Set(['proxy_redirect', 'proxy_cookie_domain', 'proxy_cookie_path', 'port_in_redirect']);

/** Checks and removes a location's response-rewrite lines (ResponseRewrites); returns the rest. */
export function takeRewriteLines(body: readonly NginxDirective[], route: Pick<Route, 'responseRewrites'> | undefined, problems: string[], where: string): NginxDirective[] {
  const got = body.filter((d) => REWRITE_DIRECTIVES.has(d.name)).map(text);
  const rw = route?.responseRewrites;
  const want: string[] = [];
  if (rw?.location) want.push(`proxy_redirect ${rw.location.from} ${rw.location.to}`, 'port_in_redirect off');
  if (rw?.cookieDomain) want.push(`proxy_cookie_domain ${rw.cookieDomain.from} ${rw.cookieDomain.to}`);
  if (rw?.cookiePath) want.push(`proxy_cookie_path ${rw.cookiePath.from} ${rw.cookiePath.to}`);
  if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`nginx: location ${where} has response rewrites ${JSON.stringify(got)}, the IR says ${JSON.stringify(want)}`);
  return body.filter((d) => !REWRITE_DIRECTIVES.has(d.name));
}

/** ingress-nginx's $req_id as an http-level map (every proxied request sends it). */
export const REQUEST_ID_MAP = '$http_x_request_id $ingressc_req_id';

/**
 * The forwarded headers every nginx location sends (ingress-nginx's nginx.tmpl), as "Name value",
 * and the http-level maps that define their variables for the IR's mode (RouteTable.forwarded).
 */
export const NGINX_FORWARDED = [
  'X-Request-ID $ingressc_req_id',
  'X-Real-IP $remote_addr',
  'X-Forwarded-For $ingressc_forwarded_for',
  'X-Forwarded-Host $ingressc_best_host',
  'X-Forwarded-Port $ingressc_forwarded_port',
  'X-Forwarded-Proto $ingressc_forwarded_proto',
  'X-Forwarded-Scheme $ingressc_forwarded_proto',
  'X-Scheme $ingressc_forwarded_proto',
  'X-Original-Forwarded-For $ingressc_original_forwarded_for',
  'Proxy ',
];
export function nginxForwardedMaps(ir: RouteTable): Map<string, string> {
  const f = ir.forwarded;
  const orig = `$http_${(f?.originalForwardedFor ?? 'X-Forwarded-For').toLowerCase().replace(/-/g, '_')}`;
  const trust = f?.trustClient === true;
  return new Map([
    [REQUEST_ID_MAP, `~. $http_x_request_id\ndefault ${f?.generateRequestId === false ? '' : '$request_id'}`],
    f?.appendForwardedFor ? ['$http_x_forwarded_for $ingressc_forwarded_for', ' $realip_remote_addr\ndefault $http_x_forwarded_for, $realip_remote_addr'] : [' $ingressc_forwarded_for', 'default $remote_addr'],
    trust ? ['$http_x_forwarded_proto $ingressc_forwarded_proto', ' $scheme\ndefault $http_x_forwarded_proto'] : [' $ingressc_forwarded_proto', 'default $scheme'],
    trust ? ['$http_x_forwarded_port $ingressc_forwarded_port', ' $server_port\ndefault $http_x_forwarded_port'] : [' $ingressc_forwarded_port', 'default $server_port'],
    trust ? ['$http_x_forwarded_host $ingressc_best_host', ' $http_host\ndefault $http_x_forwarded_host'] : [' $ingressc_best_host', 'default $http_host'],
    [' $ingressc_original_forwarded_for', `default ${orig}`],
  ]);
}

/** ResponseRewrites as the Envoy oracle prints them. */
export function rewriteDesc(rw: ResponseRewrites | undefined): string {
  if (!rw) return '';
  const pair = (k: string, r: { from: string; to: string } | undefined, dots = false): string => (r ? `${k} ${dots ? r.from.replace(/^\./, '') : r.from}>${dots ? r.to.replace(/^\./, '') : r.to}` : '');
  const parts = [pair('location', rw.location), pair('domain', rw.cookieDomain, true), pair('path', rw.cookiePath)].filter((x) => x);
  return parts.length ? ['rewrite', ...parts].join(' ') : '';
}

/** The Lua filter of response rewrites: in the chain exactly when a route has them. */
export const envoyRewriteFilters = (ir: RouteTable): string[] => (ir.vhosts.some((v) => routesOf(v).some((r) => r.responseRewrites)) ? ['ingressc.response'] : []);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
/** An emitted route's LuaPerRoute read back: the constants its script starts with. */
export function envoyRewriteRead(cfg: Any): string {
  if (!cfg) return '';
  const src: string = cfg.source_code?.inline_string ?? '';
  const get = (a: string, b: string): { from: string; to: string } | undefined => {
    const m = new RegExp(`^local ${a}, ${b} = (nil|"([^"]*)"), (nil|"([^"]*)")$`, 'm').exec(src);
    return m && m[2] !== undefined && m[4] !== undefined ? { from: m[2], to: m[4] } : undefined;
  };
  const rw: ResponseRewrites = {};
  const l = get('LFROM', 'LTO');
  const d = get('DFROM', 'DTO');
  const p = get('PFROM', 'PTO');
  if (l) rw.location = l;
  if (d) rw.cookieDomain = d;
  if (p) rw.cookiePath = p;
  return cfg['@type'] === 'type.googleapis.com/envoy.extensions.filters.http.lua.v3.LuaPerRoute' ? rewriteDesc(rw) || 'rewrite (none)' : 'unexpected lua';
}

const unescapeRe = (s: string): string => s.replace(/\\(.)/g, '$1');

/**
 * An HAProxy backend's http-response replace-header lines read back as ResponseRewrites (the
 * words are as parsed: quotes removed). Undefined when a line is not one of the forms the IR needs.
 */
export function haproxyRewriteRead(lines: readonly string[][]): ResponseRewrites | undefined {
  const rw: ResponseRewrites = {};
  for (const w of lines) {
    if (w[0] !== 'http-response' || w[1] !== 'replace-header' || w.length !== 5) return undefined;
    // The parser keeps a quoted word's opening quote.
    const [, , name, qre, qfmt] = w as [string, string, string, string, string];
    const re = qre.replace(/^'/, '');
    const fmt = qfmt.replace(/^'/, '');
    let m: RegExpExecArray | null;
    if (name === 'Location' && (m = /^\^(.*)\(\.\*\)\$$/.exec(re)) && (m = Object.assign(m, { to: /^(?:%\[ssl_fc,iif\(https,http\)\]:\/\/%\[var\(txn\.host\)\])?(.*)\\1$/.exec(fmt) })) && (m as Any).to) {
      const to = (m as Any).to[1] as string;
      const abs = fmt.startsWith('%[');
      if (abs !== to.startsWith('/')) return undefined;
      rw.location = { from: unescapeRe(m[1]!), to };
    } else if (name === 'Refresh' && rw.location && (m = /^\^\(\.\*\?\(\?i\)url=\)(.*)\(\.\*\)\$$/.exec(re)) && fmt === `\\1${rw.location.to}\\2` && unescapeRe(m[1]!) === rw.location.from) {
      continue;
    } else if (name === 'Set-Cookie' && (m = /^\^\(\.\*;\\s\*\(\?i\)domain=\\\.\?\)\(\?i:(.*)\)\(\\s\*\(;\.\*\)\?\)\$$/.exec(re)) && /^\\1(.*)\\2$/.test(fmt)) {
      rw.cookieDomain = { from: unescapeRe(m[1]!), to: /^\\1(.*)\\2$/.exec(fmt)![1]! };
    } else if (name === 'Set-Cookie' && (m = /^\^\(\.\*;\\s\*\(\?i\)path=\(\?-i\)\)(.*)\(\.\*\)\$$/.exec(re)) && /^\\1(.*)\\2$/.test(fmt)) {
      rw.cookiePath = { from: unescapeRe(m[1]!), to: /^\\1(.*)\\2$/.exec(fmt)![1]! };
    } else return undefined;
  }
  return rw;
}

/** Caddy's response header replacements read back as ResponseRewrites (undefined: another form). */
export function caddyRewriteRead(replace: Any): ResponseRewrites | undefined {
  if (replace === undefined) return {};
  const rw: ResponseRewrites = {};
  for (const [name, list] of Object.entries<Any>(replace)) {
    for (const x of list as Any[]) {
      const re: string = x.search_regexp;
      const rep: string = x.replace;
      let m: RegExpExecArray | null;
      if (name === 'Location' && (m = /^\^(.*)$/.exec(re))) {
        const to = rep.replace(/^\{http\.request\.scheme\}:\/\/\{http\.request\.host\}/, '');
        if ((to !== rep) !== to.startsWith('/')) return undefined;
        rw.location = { from: unescapeRe(m[1]!), to };
      } else if (name === 'Refresh' && (m = /^\^\(\.\*\?\(\?i:url\)=\)(.*)$/.exec(re)) && rep.startsWith('${1}')) continue;
      else if (name === 'Set-Cookie' && (m = /^\(\?i\)\(;\\s\*domain=\\\.\?\)(.*)\(\\s\*\(\?:;\|\$\)\)$/.exec(re)) && /^\$\{1\}(.*)\$\{2\}$/.test(rep)) rw.cookieDomain = { from: unescapeRe(m[1]!), to: /^\$\{1\}(.*)\$\{2\}$/.exec(rep)![1]! };
      else if (name === 'Set-Cookie' && (m = /^\(;\\s\*\(\?i:path\)=\)(.*)$/.exec(re)) && rep.startsWith('${1}')) rw.cookiePath = { from: unescapeRe(m[1]!), to: rep.slice(4) };
      else return undefined;
    }
  }
  return rw;
}

// ---------------------------------------------------------------- Caddy (src/emit/caddy/errors.ts)

/** The expected description of a route's error pages (prefixed to its action): codes, context, page. */
export function caddyErrorsDesc(r: Pick<Route, 'errors'> | undefined): string {
  const e = r?.errors;
  if (!e || e.codes.length === 0) return '';
  const c = e.context;
  return `errors ${e.codes.join(',')} => ${e.upstream === undefined ? 'status 404' : `ns=${c.namespace} ing=${c.ingress} svc=${c.service} port=${c.servicePort} page ${e.upstream}`} | `;
}

/** Upstream statuses a route's proxy hands to its error pages (VariantSettings.intercept). */
export const caddyInterceptDesc = (r: Pick<Route, 'errors'> | undefined): string => (r?.errors?.upstreamResponses && r.errors.codes.length ? `intercept ${r.errors.codes.join(',')}` : '');

/**
 * Reads back (and removes) a route's error-pages subroute: its description in caddyErrorsDesc's
 * notation and the inner handlers with each `error` handler (which must carry a listed code) as
 * the static_response it replaced.
 */
export function caddyErrorsRead(handlers: Any[], problems: string[]): { desc: string; handlers: Any[] } {
  const h = handlers[0];
  if (handlers.length !== 1 || h?.handler !== 'subroute' || h.errors === undefined) return { desc: '', handlers };
  const er: Any[] = h.errors?.routes ?? [];
  const codes: string[] = er[0]?.match?.[0]?.vars?.['{http.error.status_code}'] ?? [];
  const ok = Object.keys(h).join() === 'handler,routes,errors' && h.routes?.length === 1 && Object.keys(h.routes[0]).join() === 'handle' && er.length === 1 && Object.keys(er[0]).join() === 'match,handle' && er[0].match.length === 1 && Object.keys(er[0].match[0]).join() === 'vars' && codes.length > 0;
  if (!ok) problems.push(`caddy: error-pages subroute ${JSON.stringify(h).slice(0, 300)}`);
  const page: Any[] = er[0]?.handle ?? [];
  let target = '?';
  if (page.length === 1 && JSON.stringify(page[0]) === '{"handler":"static_response","status_code":404}') target = 'status 404';
  else if (page.length === 2 && page[0]?.handler === 'headers' && page[1]?.handler === 'invoke' && /\.errors$/.test(page[1].name)) {
    const set = page[0].request?.set ?? {};
    if (Object.keys(page[0]).join() !== 'handler,request' || Object.keys(page[0].request).join() !== 'set' || Object.keys(set).join() !== 'X-Namespace,X-Ingress-Name,X-Service-Name,X-Service-Port' || Object.values<Any>(set).some((v) => v.length !== 1))
      problems.push(`caddy: error-page context ${JSON.stringify(page[0]).slice(0, 200)}`);
    target = `ns=${set['X-Namespace']?.[0]} ing=${set['X-Ingress-Name']?.[0]} svc=${set['X-Service-Name']?.[0]} port=${set['X-Service-Port']?.[0]} page ${String(page[1].name).replace(/\.errors$/, '')}`;
  } else problems.push(`caddy: error page ${JSON.stringify(page).slice(0, 200)}`);
  const listed = new Set(codes.map(String));
  const back = (x: Any): Any => {
    if (x?.handler === 'error') {
      if (!listed.has(String(x.status_code)) || Object.keys(x).join() !== 'handler,status_code') problems.push(`caddy: error handler ${JSON.stringify(x)} outside the route's codes`);
      return { handler: 'static_response', status_code: Number(x.status_code) };
    }
    if (x?.handler === 'subroute') return { ...x, routes: (x.routes ?? []).map((y: Any) => ({ ...y, handle: (y.handle ?? []).map(back) })) };
    return x;
  };
  return { desc: `errors ${codes.join(',')} => ${target} | `, handlers: (h.routes?.[0]?.handle ?? []).map(back) };
}

/** Reads back (and removes) a reverse_proxy's handle_response of intercepted statuses; '' when none. */
export function caddyInterceptRead(rp: Any, problems: string[]): { desc: string; rp: Any } {
  if (rp?.handle_response === undefined) return { desc: '', rp };
  const { handle_response: hr, ...rest } = rp;
  const codes: unknown = hr?.[0]?.match?.status_code;
  const want = JSON.stringify([{ match: { status_code: codes }, routes: [{ handle: [{ handler: 'error', status_code: '{http.reverse_proxy.status_code}' }] }] }]);
  if (!Array.isArray(codes) || codes.length === 0 || codes.some((c) => !Number.isInteger(c) || c < 400 || c > 599) || JSON.stringify(hr) !== want) problems.push(`caddy: handle_response ${JSON.stringify(hr).slice(0, 200)}`);
  return { desc: `intercept ${Array.isArray(codes) ? codes.join(',') : '?'}`, rp: rest };
}

/**
 * A named error page `<id>.errors`: exactly errorPageRoute's steps around a reverse_proxy to the
 * upstream's endpoints with X-Code and X-Original-URI (and the Host of a TLS upstream). Returns the
 * reverse_proxy for the general checks, or undefined when the steps differ.
 */
export function caddyErrorPageRead(nr: Any, problems: string[], name: string): Any | undefined {
  const h: Any[] = nr?.handle ?? [];
  const empty = (p: string): Any => ({ vars: { [p]: [''] } });
  const steps = [
    { handler: 'rewrite', uri: '/' },
    { handler: 'headers', request: { delete: ['X-Format'] } },
    {
      handler: 'subroute',
      routes: [
        { match: [{ not: [empty('{http.request.header.Accept}')] }], handle: [{ handler: 'headers', request: { set: { 'X-Format': ['{http.request.header.Accept}'] } } }] },
        { match: [empty('{http.request.header.X-Request-ID}')], handle: [{ handler: 'headers', request: { set: { 'X-Request-ID': ['{http.request.uuid}'] } } }] },
      ],
    },
  ];
  if (Object.keys(nr ?? {}).join() !== 'handle' || h.length !== 4 || JSON.stringify(h.slice(0, 3)) !== JSON.stringify(steps) || h[3]?.handler !== 'reverse_proxy') {
    problems.push(`caddy: error page ${JSON.stringify(name)} ${JSON.stringify(nr).slice(0, 200)}`);
    return undefined;
  }
  const set = { ...(h[3].headers?.request?.set ?? {}) };
  if (JSON.stringify(set['X-Code']) !== '["{http.error.status_code}"]' || JSON.stringify(set['X-Original-URI']) !== '["{http.request.orig_uri}"]') problems.push(`caddy: error page ${JSON.stringify(name)} headers ${JSON.stringify(set)}`);
  delete set['X-Code'];
  delete set['X-Original-URI'];
  const headers = { ...h[3].headers };
  if (Object.keys(set).length) headers.request = { set };
  else delete headers.request;
  return { ...h[3], headers };
}

// ---------------------------------------------------------------- Envoy (src/emit/envoy/errors.ts)

const ENVOY_MARKER = 'x-ingressc-error-page';

/** The http filters error pages add (after the normalisation filters): the page-status Lua script, custom_response. */
export const envoyErrorFilters = (ir: RouteTable): [string, string | null][] =>
  ir.vhosts.some((v) => routesOf(v).some((r) => (r.errors?.codes.length ?? 0) > 0)) ? [['ingressc.page-status', ENVOY_PAGE_STATUS_LUA], ['envoy.filters.http.custom_response', null]] : [];

/** The page-status script, as the oracle expects it: only a 3-digit status from its own header, which is removed. */
const ENVOY_PAGE_STATUS_LUA = `-- ingressc: an error page's original URI and own status (errors.ts)
function envoy_on_request(h)
  h:streamInfo():dynamicMetadata():set("ingressc.page", "uri", h:headers():get(":path") or "")
end
function envoy_on_response(h)
  local s = h:headers():get("x-ingressc-page-status")
  if s == nil then return end
  h:headers():remove("x-ingressc-page-status")
  if s:match("^[1-5]%d%d$") then h:headers():replace(":status", s) end
end
`;

/** The expected description of a route's error pages on Envoy (joined to its policy description). */
export const envoyErrorsDesc = (r: Pick<Route, 'errors'> | undefined): string => {
  const e = r?.errors;
  if (!e || e.codes.length === 0) return '';
  const c = e.context;
  return `errors ${e.codes.join(',')} => ${e.upstream === undefined ? 'none' : `ns=${c.namespace} ing=${c.ingress} svc=${c.service} port=${c.servicePort} page ${e.upstream}`}`;
};

/** A route's custom_response config read back into envoyErrorsDesc's notation ('' without; '?…' when malformed). */
export function envoyErrorsRead(cfg: Any): string {
  if (cfg === undefined) return '';
  const ms: Any[] = cfg?.custom_response_matcher?.matcher_list?.matchers ?? [];
  const set = (key: string, value: string) => ({ header: { key, value }, append_action: 'OVERWRITE_IF_EXISTS_OR_ADD' });
  const codes: string[] = ms.map((m) => m?.predicate?.single_predicate?.value_match?.exact);
  const first = ms[0]?.on_match?.action?.typed_config?.request_headers_to_add ?? [];
  const value = (k: string): string => first.find((h: Any) => h?.header?.key === k)?.header?.value ?? '?';
  const page = value(ENVOY_MARKER);
  const policy = (code: string): Any =>
    page === 'none'
      ? { '@type': 'type.googleapis.com/envoy.extensions.http.custom_response.redirect_policy.v3.RedirectPolicy', redirect_action: { path_redirect: '/' }, request_headers_to_add: [set(ENVOY_MARKER, 'none')], response_headers_to_add: [set('x-ingressc-page-status', '%RESPONSE_CODE%')] }
      : {
          '@type': 'type.googleapis.com/envoy.extensions.http.custom_response.redirect_policy.v3.RedirectPolicy',
          redirect_action: { path_redirect: '/' },
          response_headers_to_add: [set('x-ingressc-page-status', '%RESPONSE_CODE%')],
          request_headers_to_add: [
            set(ENVOY_MARKER, page),
            set('X-Code', code),
            set('X-Format', '%REQ(accept)%'),
            set('X-Original-URI', '%DYNAMIC_METADATA(ingressc.page:uri)%'),
            ...['X-Namespace', 'X-Ingress-Name', 'X-Service-Name', 'X-Service-Port'].map((k) => set(k, value(k))),
          ],
        };
  const want = {
    '@type': 'type.googleapis.com/envoy.extensions.filters.http.custom_response.v3.CustomResponse',
    custom_response_matcher: {
      matcher_list: {
        matchers: codes.map((code) => ({
          predicate: { single_predicate: { input: { name: 'status', typed_config: { '@type': 'type.googleapis.com/envoy.type.matcher.v3.HttpResponseStatusCodeMatchInput' } }, value_match: { exact: code } } },
          on_match: { action: { name: `page${code}`, typed_config: policy(code) } },
        })),
      },
    },
  };
  const ok = codes.length > 0 && codes.every((c) => /^[45][0-9]{2}$/.test(String(c))) && JSON.stringify(cfg) === JSON.stringify(want);
  const desc = `errors ${codes.join(',')} => ${page === 'none' ? 'none' : `ns=${value('X-Namespace')} ing=${value('X-Ingress-Name')} svc=${value('X-Service-Name')} port=${value('X-Service-Port')} page ${page}`}`;
  return ok ? desc : `?${desc} ${JSON.stringify(cfg).slice(0, 200)}`;
}

/**
 * The expected routes of a vhost's error pages (first in the vhost): one per error upstream (by
 * id), then "none" (404), in envoyPageRouteRead's notation.
 */
export function envoyExpectedPageRoutes(routes: readonly Route[], authority: string): string[] {
  const ids = [...new Set(routes.flatMap((r) => (r.errors?.codes.length && r.errors.upstream !== undefined ? [r.errors.upstream] : [])))].sort();
  const none = routes.some((r) => r.errors?.codes.length && r.errors.upstream === undefined);
  return [...ids.map((id) => `page ${id}${authority}`), ...(none ? [`page none${authority} => status 404`] : [])];
}

/** An emitted error-page route read back, or undefined when the route is not one (no marker). */
export function envoyPageRouteRead(r: Any, clusterOf: (id: string) => string): string | undefined {
  const hs: Any[] = r?.match?.headers ?? [];
  const marker = hs.find((h) => h?.name === ENVOY_MARKER);
  if (!marker) return undefined;
  const id: string = marker.string_match?.exact ?? '?';
  const auth = hs.filter((h) => h !== marker).map((h) => ` [${h?.string_match?.safe_regex?.regex}]`).join('');
  const matchOk = Object.keys(r.match).join() === 'prefix,headers' && r.match.prefix === '/' && hs.indexOf(marker) === hs.length - 1 && Object.keys(marker).join() === 'name,string_match' && Object.keys(marker.string_match).join() === 'exact';
  if (id === 'none') return JSON.stringify(Object.keys(r)) === '["match","direct_response"]' && r.direct_response.status === 404 && matchOk ? `page none${auth} => status 404` : `?page ${JSON.stringify(r).slice(0, 200)}`;
  const want = { cluster: clusterOf(id), timeout: '0s', regex_rewrite: { pattern: { regex: '.*' }, substitution: '/' } };
  const ok = matchOk && JSON.stringify(Object.keys(r)) === '["match","route","request_headers_to_remove"]' && JSON.stringify(r.route) === JSON.stringify(want) && JSON.stringify(r.request_headers_to_remove) === JSON.stringify([ENVOY_MARKER]);
  return ok ? `page ${id}${auth}` : `?page ${JSON.stringify(r).slice(0, 200)}`;
}
