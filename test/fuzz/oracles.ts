import { NORMALIZE_LUA, normalizeLua, RESTORE_LUA } from '../../src/emit/envoy/normalize-lua.js';
import { checkGatewayApi } from '../gateway-api/oracle.js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { caddyJson } from '../../src/emit/caddy/quote.js';
import type { OutputFile, RoutePolicies, RouteTable, TargetName, Upstream, VirtualHost } from '../../src/index.js';
import { hasAuth, isAutoHttpId, otherHeaderSets, routesOf, upstreamHost, type RequestRedirect, type Route } from '../../src/ir/types.js';
import { repoRoot } from '../harness/proxies.js';
import { traefikValidator, type Validate } from '../traefik/strict-schema.js';
import { matchersOf, parseRule, type RuleNode } from '../traefik/rule-parser.js';
import { envoyClientAuthChainsWant, envoyClientAuthRead, envoyClientAuthWant, readEnvoyLimitFilter, caddyClientAuthPolicy, caddyClientAuthRoutes, clientCaFiles, haproxyClientAuthQuoted, haproxyCrtList, haproxyLimitTables, isClientAuthDirective, NGINX_CLIENT_AUTH_SERVER, nginxClientAuthHeaders, nginxClientAuthServer, nginxLimitHttp, NGINX_LIMIT_HTTP } from './limit-oracles.js';
import { authUrlText, envoyPolicyFilters, envoyRoutePolicy, haproxyPolicyBackends, NGINX_POLICY_DIRECTIVES, nginxExpectedPolicy, nginxLocationRoute, policyDesc, traefikRouterPolicy } from './policy-oracles.js';
import { caddyBasicAuth, caddyExternalAuth, checkEnvoyExtAuth, checkTraefikBasicAuth, checkHaproxyExtAuth, checkHtpasswdFiles, haproxyAuthResponse, haproxyUserlists, stripNginxEscapeMap, stripNginxServerAuth } from './auth-oracles.js';
import { parseHaproxy, parseMapFile, parseNginx, yamlComments, type NginxDirective } from './tokenizers.js';
import { matchPath, matchRequest } from '../../src/ir/match.js';
import { TraefikModel } from '../traefik/evaluate.js';
import { checkTraefikErrors, checkTraefikExtAuth, checkTraefikTransports, comparableLimits } from './traefik-oracles.js';
import { locationRegex, parsePortable, renderPortable, wholePathSearch } from '../../src/ir/regex.js';
import { backendSecretFiles, caddyProtocolRead, haproxyServerOptions, haproxyTwinBase } from './backend-oracle.js';
import { envoyErrorFilters, envoyErrorsDesc, envoyExpectedPageRoutes, envoyPageRouteRead, caddyErrorPageRead, caddyErrorsDesc, caddyErrorsRead, caddyInterceptDesc, caddyInterceptRead, caddyRewriteRead, envoyRewriteFilters, expectedPage, haproxyRewriteRead, NGINX_FORWARDED, nginxForwardedMaps, rewriteDesc, takeErrorLines, takeRewriteLines } from './errors-oracle.js';

/** The location regex of a RegularExpression route, as each engine must receive it. */
const routeRegex = (path: string, flavour: 'pcre' | 're2'): string => renderPortable(locationRegex(path), flavour);

/**
 * The fuzz oracle: read each generated file back with a tokenizer of its own and compare what
 * is there with what the IR says must be there — directive names from a fixed allowlist, every
 * server_name / location / map entry / virtual host / route / cluster / router exactly the set
 * derived from `compile(...).ir`, and comments only from the fixed set the emitters write
 * (taken from the golden outputs, so no user text can be in one).
 */

// ---------------------------------------------------------------- fixed comments

const commentCache = new Map<TargetName, Set<string>>();

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/** Comments of every golden output of a target: the emitters' fixed comment texts. */
export function fixedComments(target: TargetName): Set<string> {
  const hit = commentCache.get(target);
  if (hit) return hit;
  const set = new Set<string>();
  const root = join(repoRoot(), 'fixtures', 'golden');
  for (const c of readdirSync(root)) {
    let files: string[];
    try {
      files = walk(join(root, c, 'expected', target));
    } catch {
      continue;
    }
    for (const f of files) {
      if (f.includes(`${join('expected', target, 'certs')}`)) continue;
      const text = readFileSync(f, 'utf8');
      for (const k of commentsOf(target, f, text)) set.add(k);
    }
  }
  commentCache.set(target, set);
  return set;
}

function commentsOf(target: TargetName, file: string, text: string): string[] {
  if (target === 'nginx') return parseNginx(text).comments.map((s) => s.trim());
  if (target === 'haproxy') return file.endsWith('.cfg') ? parseHaproxy(text).comments : [];
  if (target === 'caddy' || target === 'envoy') return []; // JSON has no comments
  return yamlComments(text);
}

// ---------------------------------------------------------------- helpers

const sorted = (xs: Iterable<string>): string[] => [...xs].sort();
function sameMultiset(what: string, actual: Iterable<string>, expected: Iterable<string>, problems: string[]): void {
  const a = sorted(actual), e = sorted(expected);
  if (a.length === e.length && a.every((x, i) => x === e[i])) return;
  const missing = e.filter((x) => !a.includes(x)).slice(0, 5);
  const extra = a.filter((x) => !e.includes(x)).slice(0, 5);
  problems.push(`${what}: expected ${e.length}, found ${a.length}; missing ${JSON.stringify(missing)}; unexpected ${JSON.stringify(extra)}`);
}

const endpointText = (host: string, port: number): string => `${host.includes(':') ? `[${host}]` : host}:${port}`;
const runtimeResolved = (u: Upstream): boolean => u.endpoints.length === 1 && u.endpoints[0]!.kind === 'dns';
const escDots = (s: string): string => s.replace(/[.]/g, '\\.');
const certs = (ir: RouteTable) => new Set(ir.certificates.flatMap((c) => [`certs/${c.id}.crt`, `certs/${c.id}.key`]));

/** Output files: only known names, and nothing but text with newlines. */
function checkFiles(target: TargetName, ir: RouteTable, files: readonly OutputFile[], allowed: readonly string[], problems: string[]): void {
  const ok = new Set([...allowed, ...certs(ir), ...backendSecretFiles(ir)]);
  for (const f of files) {
    if (!ok.has(f.path)) problems.push(`${target}: unexpected output file ${JSON.stringify(f.path)}`);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0009\u000b-\u001f\u007f]/.test(f.content) && !f.path.startsWith('certs/')) problems.push(`${target}: ${f.path} contains a control character`);
    if (f.path.split('/').some((seg) => Buffer.byteLength(seg) > 255)) problems.push(`${target}: file name longer than 255 bytes: ${f.path.slice(0, 80)}…`);
  }
}

function checkComments(target: TargetName, file: string, comments: readonly string[], problems: string[]): void {
  const fixed = fixedComments(target);
  for (const c of comments) if (!fixed.has(c.trim())) problems.push(`${target}: ${file}: comment not from the fixed set: ${JSON.stringify(c.slice(0, 120))}`);
}

// ---------------------------------------------------------------- nginx

const HOST_PARENT_KEY = '~^[^.]+\\.(.+)$';

const BAD_PATH_MAP = '$request_uri $ingressc_bad_path';
const BAD_PATH_KEY = '~^[^?]*%(2[Ff]|5[Cc])';
/** The request URI without its final "/" (src/emit/nginx/redirects.ts), when a redirect drops it. */
const NO_SLASH_MAP = '$request_uri $ingressc_uri_nts';
const NO_SLASH_KEY = '~^(.*)/$';
/** ingress-nginx's Connection header for WebSockets (src/emit/nginx/upstream-tuning.ts). */
const CONNECTION_MAP = '$http_upgrade $connection_upgrade';
/** ingress-nginx's upstream tuning defaults at http level (constant arguments). */
const NGINX_TUNING_HTTP = ['proxy_buffering', 'proxy_buffer_size', 'proxy_buffers', 'proxy_next_upstream', 'proxy_next_upstream_tries'];
const NGINX_ALLOWED: Record<string, ReadonlySet<string>> = {
  main: new Set(['worker_processes', 'pid', 'error_log', 'events', 'http']),
  events: new Set(['worker_connections']),
  http: new Set(['access_log', 'client_body_temp_path', 'proxy_temp_path', 'fastcgi_temp_path', 'uwsgi_temp_path', 'scgi_temp_path', 'server_names_hash_bucket_size', 'server_names_hash_max_size', 'merge_slashes', 'proxy_http_version', 'proxy_set_header', 'resolver', 'ssl_certificate', 'ssl_certificate_key', 'map', 'upstream', 'server', 'underscores_in_headers', 'ignore_invalid_headers', ...NGINX_LIMIT_HTTP, ...NGINX_TUNING_HTTP]),
  // "default", and the regex keys of the host-parent and bad-path maps (bodies checked exactly below).
  map: new Set(['default', HOST_PARENT_KEY, BAD_PATH_KEY, '~.', NO_SLASH_KEY, '']),
  upstream: new Set(['server', 'keepalive']),
  server: new Set(['listen', 'server_name', 'return', 'ssl_certificate', 'ssl_certificate_key', 'location', 'error_page', 'if', ...NGINX_CLIENT_AUTH_SERVER]),
  if: new Set(['return']),
  location: new Set(['proxy_pass', 'return', 'error_page', 'set', 'rewrite', 'proxy_set_header', 'proxy_intercept_errors', 'proxy_redirect', 'proxy_cookie_domain', 'proxy_cookie_path', 'port_in_redirect', 'absolute_redirect', 'proxy_connect_timeout', 'proxy_send_timeout', 'proxy_read_timeout', 'if', ...NGINX_POLICY_DIRECTIVES]),
};

/** A route's upstream Host and timeouts as one comparable string ('' for none). */
export function settingsText(r: Pick<Route, 'filters' | 'policies'> | undefined): string {
  if (!r) return '';
  const host = upstreamHost(r);
  const t = r.policies?.timeouts ?? {};
  return [host !== undefined ? `host=${host}` : '', ...(['connect', 'send', 'read'] as const).map((k) => (t[k] !== undefined ? `${k}=${t[k]}` : ''))].filter((x) => x).join(' ');
}

/** The standard request headers nginx sends upstream (a location that sets Host repeats them). */
const NGINX_PROXY_HEADERS = ['Upgrade $http_upgrade', 'Connection $connection_upgrade', ...NGINX_FORWARDED];

/** What a proxying nginx location says of the Host and timeouts, in settingsText's form; problems for anything else. */
function nginxLocationSettings(body: readonly NginxDirective[], problems: string[], hostHeaders: readonly string[] = []): string {
  const sets = body.filter((d) => d.name === 'proxy_set_header');
  let host: string | undefined;
  if (sets.length) {
    const hostLines = sets.filter((d) => d.args[0] === 'Host');
    if (hostLines.length !== 1 || hostLines[0]!.args.length !== 2) problems.push(`nginx: location proxy_set_header Host ${JSON.stringify(hostLines.map((d) => d.args))}`);
    else host = hostLines[0]!.args[1];
    sameMultiset('nginx location proxy_set_header', sets.filter((d) => d.args[0] !== 'Host').map((d) => d.args.join(' ')), [...NGINX_PROXY_HEADERS, ...hostHeaders], problems);
  }
  const t = (name: string, key: string): string => {
    const ds = body.filter((d) => d.name === `proxy_${name}_timeout`);
    if (ds.length === 0) return '';
    const m = ds.length === 1 && ds[0]!.args.length === 1 ? /^([0-9]+)s$/.exec(ds[0]!.args[0]!) : null;
    if (!m) problems.push(`nginx: proxy_${name}_timeout ${JSON.stringify(ds.map((d) => d.args))}`);
    return m ? `${key}=${Number(m[1])}` : '';
  };
  return [host !== undefined ? `host=${host}` : '', t('connect', 'connect'), t('send', 'send'), t('read', 'read')].filter((x) => x).join(' ');
}

/** Directives that open a block, per context. */
const BLOCKS: Record<string, ReadonlySet<string>> = { main: new Set(['events', 'http']), http: new Set(['map', 'upstream', 'server', 'geo']), server: new Set(['location', 'if']), location: new Set(['if']) };

/** A route's (or fallback's) redirects: the one it always answers, and the plain-HTTP-only one. */
const redirectsOf = (filters: readonly unknown[] | undefined): { always?: RequestRedirect; http?: RequestRedirect } => {
  const rs = (filters ?? []).filter((f): f is RequestRedirect => (f as RequestRedirect).type === 'RequestRedirect');
  const always = rs.find((f) => !f.plainHttpOnly);
  const http = rs.find((f) => f.plainHttpOnly);
  return { ...(always ? { always } : {}), ...(http ? { http } : {}) };
};

/**
 * What nginx must say for a redirect (docs/ir-v2.md RequestRedirect), as "return CODE TARGET",
 * derived from the IR: a verbatim URL (a path after $scheme://$host, or after `absolute_redirect off`
 * when relative); app-root = $scheme://$http_host + path; HTTPS =
 * https://$host[:port] + the request URI, without its final "/" through $ingressc_uri_nts.
 */
function nginxRedirectReturn(f: RequestRedirect, httpsPort: number): string {
  if (f.location !== undefined) {
    // A path: absolute from the connection's scheme and $host (no port), or kept (absolute_redirect off).
    if (!f.location.startsWith('/')) return `return ${f.statusCode} ${f.location}`;
    return f.relative ? `absolute_redirect off\nreturn ${f.statusCode} ${f.location}` : `return ${f.statusCode} $scheme://$host${f.location}`;
  }
  if (f.hostname !== undefined) return `return ${f.statusCode} $scheme://${f.hostname}:$server_port${f.path ? f.path.value : f.stripTrailingSlash ? '$ingressc_uri_nts' : '$request_uri'}`;
  if (f.scheme === 'https') return `return ${f.statusCode} https://$host${httpsPort === 443 ? '' : `:${httpsPort}`}${f.path ? f.path.value : f.stripTrailingSlash ? '$ingressc_uri_nts' : '$request_uri'}`;
  return `return ${f.statusCode} $scheme://$http_host${f.path!.value}`;
}

/** Without host-less rules, wildcards are nginx hash names plus a one-label check in the server. */
const hashWildcards = (ir: RouteTable): boolean => !ir.vhosts.some((v) => v.kind === 'any');
const nginxServerName = (vh: VirtualHost, hash: boolean): string => (vh.kind !== 'wildcard' ? vh.name : hash ? `*.${vh.wildcardSuffix}` : `~^[^.]+\\.${escDots(vh.wildcardSuffix)}$`);
const DEFAULT_LOCATION = '@ingressc_default';

/** (modifier, path) of every location the IR vhost needs → the route answering there (for its policies, Host and timeouts). */
function nginxExpectedLocations(vh: VirtualHost | undefined): Map<string, Route | undefined> {
  const out = new Map<string, Route | undefined>();
  if (!vh) return new Map([['  /', undefined]]);
  if (vh.pathOrder === 'regex-first-match') return new Map([...(vh.ordered ?? []).map((r) => [`~* ${routeRegex(r.path, 'pcre')}`, r] as const), ['  /', undefined]]);
  for (const r of vh.exact) out.set(`= ${r.path}`, r);
  let root: Route | undefined;
  for (const r of vh.prefix) {
    if (r.path === '/') {
      root = r;
      continue;
    }
    if (r.match === 'StringPrefix') {
      out.set(`^~ ${r.path}`, r);
      continue;
    }
    if (!out.has(`= ${r.path}`)) out.set(`= ${r.path}`, r);
    out.set(`^~ ${r.path}/`, r);
  }
  out.set('  /', root);
  // "/p/" locations get a "= /p" sibling (else nginx answers /p with a 301).
  for (const l of [...out.keys()]) {
    const p = l.slice(l.indexOf(' ') + 1).trimStart();
    if (p !== '/' && p.endsWith('/') && !out.has(`= ${p.slice(0, -1)}`)) out.set(`= ${p.slice(0, -1)}`, matchPath(vh, p.slice(0, -1)));
  }
  return out;
}

export function checkNginx(ir: RouteTable, files: readonly OutputFile[], resolver = '10.96.0.10'): string[] {
  const problems: string[] = [];
  checkFiles('nginx', ir, files, ['nginx.conf', ...clientCaFiles(ir), ...checkHtpasswdFiles('nginx', ir, files, problems)], problems);
  const conf = files.find((f) => f.path === 'nginx.conf');
  if (!conf) return [...problems, 'nginx: no nginx.conf'];
  let parsed;
  try {
    parsed = parseNginx(conf.content);
  } catch (e) {
    return [...problems, `nginx: nginx.conf does not tokenize: ${(e as Error).message}`];
  }
  checkComments('nginx', 'nginx.conf', parsed.comments, problems);
  // Authentication is checked (auth-oracles.ts) and taken out first: the rest of this oracle sees none.
  const httpDirective = parsed.tree.find((d) => d.name === 'http');
  if (httpDirective?.block) {
    httpDirective.block = stripNginxEscapeMap(ir, httpDirective.block, problems);
    const byName = new Map(ir.vhosts.filter((v) => v.kind !== 'any').map((v) => [nginxServerName(v, hashWildcards(ir)), v]));
    for (const s of httpDirective.block.filter((d) => d.name === 'server' && d.block)) {
      const isDefault = s.block!.some((d) => d.name === 'listen' && d.args.includes('default_server'));
      const vh = isDefault ? ir.vhosts.find((v) => v.kind === 'any') : byName.get(s.block!.find((d) => d.name === 'server_name')?.args[0] ?? '');
      const redirectOnly = s.block!.some((d) => d.name === 'return');
      s.block = stripNginxServerAuth(s.block!, (l) => (redirectOnly ? undefined : nginxLocationRoute(vh, l.args)), vh?.name ?? '(default)', problems);
    }
  }
  const visit = (ds: NginxDirective[], ctx: string): void => {
    for (const d of ds) {
      // A geo block's entries are addresses: its body is checked exactly (nginxLimitHttp).
      if (ctx !== 'geo' && !NGINX_ALLOWED[ctx]?.has(d.name)) problems.push(`nginx: directive ${JSON.stringify(d.name)} not allowed in ${ctx} (line ${d.line})`);
      const isBlock = BLOCKS[ctx]?.has(d.name) ?? false;
      if (isBlock !== (d.block !== undefined)) problems.push(`nginx: ${d.name} ${isBlock ? 'without' : 'with'} a block in ${ctx} (line ${d.line})`);
      if (d.block) visit(d.block, d.name);
    }
  };
  visit(parsed.tree, 'main');
  const http = parsed.tree.find((d) => d.name === 'http')?.block ?? [];
  const byId = new Map(ir.upstreams.map((u) => [u.id, u]));
  const listenSet = new Set([`${ir.listen.http.host}:${ir.listen.http.port}`, `${ir.listen.https.host}:${ir.listen.https.port}`, 'ssl', 'default_server']);
  const certFiles = certs(ir);

  const literal = ir.upstreams.filter((u) => u.endpoints.length > 0 && !runtimeResolved(u));

  // `upstream u<hash>_<id>`: the name ends with the IR id.
  const blockName = new Map<string, string>();
  for (const d of http.filter((x) => x.name === 'upstream')) {
    const m = /^u[0-9a-f]{8,39}_(.+)$/.exec(d.args[0] ?? '');
    if (!m) problems.push(`nginx: upstream name ${JSON.stringify(d.args)}`);
    else blockName.set(m[1]!, d.args[0]!);
  }
  /** What a named location (or the depth check's) must say to reach upstream `u`. */
  const reach = (u: Upstream): string =>
    runtimeResolved(u) ? `set $ingressc_backend ${endpointText(u.endpoints[0]!.host, u.endpoints[0]!.port)}\nproxy_pass http://$ingressc_backend` : `proxy_pass http://${blockName.get(u.id)}`;
  // ingress-nginx drops the request URI's final "/" unless preserve-trailing-slash (src/emit/nginx/redirects.ts).
  const redirects = new Set(['$request_uri', '$ingressc_uri_nts'].map((u) => `https://$host${ir.listen.https.port === 443 ? '' : `:${ir.listen.https.port}`}${u}`));
  const hash = hashWildcards(ir);
  const depthChecked = (vh: VirtualHost | undefined): boolean => hash && vh?.kind === 'wildcard';
  // What the default server answers an unknown host, which a too-deep host must get as well.
  const defaultUp = ir.defaultUpstream === undefined ? undefined : byId.get(ir.defaultUpstream);
  const unknownHost = !defaultUp ? '404' : defaultUp.endpoints.length === 0 ? '503' : '418';
  const defaultReach = defaultUp && defaultUp.endpoints.length > 0 ? reach(defaultUp) : undefined;

  // http-level directives with user-derived arguments
  for (const d of http) {
    if (d.name === 'ssl_certificate' || d.name === 'ssl_certificate_key') if (d.args.length !== 1 || !certFiles.has(d.args[0]!)) problems.push(`nginx: ${d.name} ${JSON.stringify(d.args)} names no IR certificate`);
    if (d.name === 'resolver' && (d.args[0] !== resolver || d.args.length !== 2 || d.args[1] !== 'valid=30s')) problems.push(`nginx: resolver ${JSON.stringify(d.args)}`);
  }
  // RouteTable.dropRequestHeaders: nginx's defaults drop what ingress-nginx's do; otherwise names kept as written.
  const nameFlags = http.filter((d) => d.name === 'underscores_in_headers' || d.name === 'ignore_invalid_headers').map((d) => [d.name, ...d.args].join(' '));
  const drop = ir.dropRequestHeaders;
  const wantFlags = drop?.underscore ? [] : [...(drop ? [] : ['ignore_invalid_headers off']), 'underscores_in_headers on'];
  if (JSON.stringify(nameFlags) !== JSON.stringify(wantFlags)) problems.push(`nginx: ${JSON.stringify(nameFlags)} for dropRequestHeaders ${JSON.stringify(drop)}`);
  // The host-parent map when a wildcard is depth-checked; nothing else.
  const allMaps = http.filter((d) => d.name === 'map');
  const parentMap = hash && ir.vhosts.some((v) => v.kind === 'wildcard') ? ['$host $ingressc_host_parent'] : [];
  const strips = (f: unknown): boolean => (f as RequestRedirect).type === 'RequestRedirect' && (f as RequestRedirect).stripTrailingSlash === true && !(f as RequestRedirect).path;
  const noSlash = ir.vhosts.some((v) => (v.tls?.sslRedirect && v.tls.stripTrailingSlash) || strips(v.fallbackRedirect ?? {}) || [...v.exact, ...v.prefix, ...(v.ordered ?? [])].some((r) => r.filters?.some(strips))) ? [NO_SLASH_MAP] : [];
  const limitHttp = nginxLimitHttp(ir);
  const fwdMaps = nginxForwardedMaps(ir);
  sameMultiset('nginx map variables', allMaps.map((m) => m.args.join(' ')), [...parentMap, BAD_PATH_MAP, CONNECTION_MAP, ...fwdMaps.keys(), ...limitHttp.maps.keys(), ...noSlash], problems);
  for (const m of allMaps.filter((d) => d.args.join(' ') === CONNECTION_MAP)) {
    const body = (m.block ?? []).map((d) => [d.name, ...d.args].join(' '));
    if (body.join('\n') !== 'default upgrade\n ') problems.push(`nginx: connection-upgrade map body ${JSON.stringify(body)}`);
  }
  for (const m of allMaps.filter((d) => fwdMaps.has(d.args.join(' ')))) {
    const body = (m.block ?? []).map((d) => [d.name, ...d.args].join(' '));
    if (body.join('\n') !== fwdMaps.get(m.args.join(' '))) problems.push(`nginx: forwarded-headers map ${m.args.join(' ')} body ${JSON.stringify(body)}`);
  }
  for (const m of allMaps.filter((d) => d.args.join(' ') === NO_SLASH_MAP)) {
    const body = (m.block ?? []).map((d) => [d.name, ...d.args].join(' '));
    if (body.join('\n') !== `${NO_SLASH_KEY} $1\ndefault $request_uri`) problems.push(`nginx: no-slash map body ${JSON.stringify(body)}`);
  }
  for (const m of allMaps.filter((d) => limitHttp.maps.has(d.args.join(' ')))) {
    const body = (m.block ?? []).map((d) => [d.name, ...d.args].join(' '));
    if (body.join('\n') !== limitHttp.maps.get(m.args.join(' '))) problems.push(`nginx: limit map body ${JSON.stringify(body)}`);
  }
  const geos = http.filter((d) => d.name === 'geo');
  sameMultiset('nginx geo variables', geos.map((g) => g.args.join(' ')), [...limitHttp.geos.keys()], problems);
  for (const g of geos) {
    const body = (g.block ?? []).map((d) => [d.name, ...d.args].join(' '));
    if (body.join('\n') !== limitHttp.geos.get(g.args.join(' '))) problems.push(`nginx: geo ${g.args.join(' ')} body ${JSON.stringify(body).slice(0, 200)}`);
  }
  sameMultiset('nginx limit zones', http.filter((d) => ['limit_req_zone', 'limit_conn_zone', 'limit_req_status', 'limit_conn_status'].includes(d.name)).map((d) => [d.name, ...d.args].join(' ')), limitHttp.zones, problems);
  for (const m of allMaps.filter((d) => d.args.join(' ') === BAD_PATH_MAP)) {
    const body = (m.block ?? []).map((d) => [d.name, ...d.args].join(' '));
    if (body.join('\n') !== `default 0\n${BAD_PATH_KEY} 1`) problems.push(`nginx: bad-path map body ${JSON.stringify(body)}`);
  }
  for (const m of allMaps.filter((d) => d.args.join(' ') === '$host $ingressc_host_parent')) {
    const body = (m.block ?? []).map((d) => [d.name, ...d.args].join(' '));
    if (body.join('\n') !== `${HOST_PARENT_KEY} $1\ndefault `) problems.push(`nginx: host-parent map body ${JSON.stringify(body)}`);
  }
  const upstreams = http.filter((d) => d.name === 'upstream');
  sameMultiset('nginx upstream blocks', [...blockName.keys()], literal.map((u) => u.id), problems);
  for (const u of upstreams) {
    const ir = byId.get(/^u[0-9a-f]+_(.+)$/.exec(u.args[0] ?? '')?.[1] ?? '');
    const servers = (u.block ?? []).filter((d) => d.name === 'server').map((d) => d.args.join(' '));
    if (ir) sameMultiset(`nginx upstream ${ir.id} servers`, servers, ir.endpoints.map((e) => endpointText(e.host, e.port)), problems);
  }

  // Route filters: the rewrites and request headers the IR asks for, nothing else.
  const rewrites = new Set<string>();
  const setHeaders = new Set<string>();
  for (const vh of ir.vhosts)
    for (const r of vh.ordered ?? [])
      for (const f of r.filters ?? []) {
        if (f.type === 'URLRewrite') rewrites.add(`(?i)${renderPortable(parsePortable(f.path.pattern), 'pcre')} ${f.path.replacement.replace(/\{([1-9])\}/g, '$$$1')}`);
        else if (f.type === 'RequestHeaderModifier') for (const h of f.set) setHeaders.add(`${h.name} ${h.value}`);
      }
  const httpHeaders = new Set(http.filter((d) => d.name === 'proxy_set_header').map((d) => d.args.join(' ')));
  const servers = http.filter((d) => d.name === 'server');
  const names: string[] = [];
  const expectedNames: string[] = [];
  for (const vh of ir.vhosts) {
    if (vh.kind === 'any') continue;
    expectedNames.push(nginxServerName(vh, hash));
    if (vh.tls?.sslRedirect) expectedNames.push(nginxServerName(vh, hash));
  }
  const vhByName = new Map(ir.vhosts.filter((v) => v.kind !== 'any').map((v) => [nginxServerName(v, hash), v]));
  const any = ir.vhosts.find((v) => v.kind === 'any');
  let defaults = 0;
  for (const s of servers) {
    const body = s.block ?? [];
    const sn = body.filter((d) => d.name === 'server_name');
    for (const d of body) {
      if (d.name === 'listen' && d.args.some((a) => !listenSet.has(a))) problems.push(`nginx: listen ${JSON.stringify(d.args)}`);
      if ((d.name === 'ssl_certificate' || d.name === 'ssl_certificate_key') && !(d.args.length === 1 && certFiles.has(d.args[0]!))) problems.push(`nginx: ${d.name} ${JSON.stringify(d.args)}`);
      if (d.name === 'return' && !(d.args.length === 2 && d.args[0] === '308' && redirects.has(d.args[1]!))) problems.push(`nginx: server return ${JSON.stringify(d.args)}`);
      if (d.name === 'server_name' && d.args.length !== 1) problems.push(`nginx: server_name with ${d.args.length} arguments`);
    }
    const isDefault = body.some((d) => d.name === 'listen' && d.args.includes('default_server'));
    let vh: VirtualHost | undefined;
    if (isDefault) {
      defaults++;
      if (sn.length) problems.push('nginx: the default server has a server_name');
      vh = any;
    } else {
      if (sn.length !== 1) {
        problems.push(`nginx: a server has ${sn.length} server_name directives`);
        continue;
      }
      names.push(sn[0]!.args[0] ?? '');
      vh = vhByName.get(sn[0]!.args[0] ?? '');
      if (!vh) continue;
    }
    // The request-normalisation check comes first in every server, right after the listens.
    const first = body.findIndex((d) => d.name !== 'listen');
    const badPath = body.filter((d) => d.name === 'if' && d.args.join(' ') === '($ingressc_bad_path)');
    if (badPath.length !== 1 || body[first] !== badPath[0] || (badPath[0]!.block ?? []).map((x) => [x.name, ...x.args].join(' ')).join('\n') !== 'return 400')
      problems.push(`nginx: server at line ${body[0]?.line} does not start with the bad-path check`);
    // Client certificates: exactly the IR's lines in the TLS server of the host (none in its redirect server).
    const redirectServer = body.some((d) => d.name === 'return' && d.args[0] === '308');
    const ca = redirectServer ? undefined : vh?.tls?.clientAuth;
    const render = (d: NginxDirective): string => [d.name, ...d.args].join(' ') + (d.block ? ` { ${d.block.map(render).join('; ')} }` : '');
    sameMultiset(
      `nginx client-certificate lines of ${vh?.name ?? '(default)'}`,
      body.filter(isClientAuthDirective).map(render),
      ca ? [...nginxClientAuthServer(ca), ...['Upgrade $http_upgrade', 'Connection $connection_upgrade', 'Host $http_host', ...NGINX_FORWARDED, ...nginxClientAuthHeaders(ca)].map((h) => `proxy_set_header ${h}`)] : [],
      problems,
    );
    checkDepth(body.filter((d) => d !== badPath[0] && !isClientAuthDirective(d)), depthChecked(vh) ? vh!.wildcardSuffix : undefined);
    const allLocs = body.filter((d) => d.name === 'location');
    // Named locations `@u_<id>`: one per upstream the server's locations jump to.
    const jumps = allLocs.filter((l) => l.args.length === 1 && l.args[0]!.startsWith('@u_'));
    // Named locations `@e...`: the error pages its locations use (errors-oracle.ts).
    const errorPages = allLocs.filter((l) => l.args.length === 1 && l.args[0]!.startsWith('@e'));
    const pagesUsed = new Map<string, { code: number; upstream?: string }>();
    const locs = allLocs.filter((l) => !jumps.includes(l) && !errorPages.includes(l));
    const got = locs.map((l) => (l.args.length === 1 ? `  ${l.args[0]}` : l.args.join(' ')));
    const jumpTargets = new Set<string>();
    for (const j of jumps) {
      const u = byId.get(j.args[0]!.slice(3));
      const inner = (j.block ?? []).map((x) => [x.name, ...x.args].join(' ')).join('\n');
      if (!u || u.endpoints.length === 0 || inner !== reach(u)) problems.push(`nginx: named location ${j.args[0]} says ${JSON.stringify(inner)}`);
      jumpTargets.add(j.args[0]!);
    }
    const named = depthChecked(vh) && unknownHost === '418' ? [`  ${DEFAULT_LOCATION}`] : [];
    if (body.some((d) => d.name === 'return')) {
      // A redirect server: nothing but the depth check's named location.
      sameMultiset(`nginx locations of the redirect server of ${vh?.name}`, got, named, problems);
      continue;
    }
    const expectedLocs = nginxExpectedLocations(vh);
    const want = new Set([...expectedLocs.keys(), ...named]);
    if (new Set(got).size !== got.length) problems.push(`nginx: duplicate location in server ${vh?.name ?? '(default)'}`);
    sameMultiset(`nginx locations of ${vh?.name ?? '(default)'}`, new Set(got), want, problems);
    const used = new Set<string>();
    for (const l0 of locs) {
      if (l0.args[0] === DEFAULT_LOCATION) continue;
      const key = l0.args.length === 1 ? `  ${l0.args[0]}` : l0.args.join(' ');
      const route = expectedLocs.get(key);
      // Redirects first (rewrite phase): a location that always redirects says nothing else; an
      // HTTPS-only one starts with `if ($scheme = http) { return ... }`, then answers in place.
      const rd = redirectsOf(route ? route.filters : vh?.fallbackRedirect ? [vh.fallbackRedirect] : undefined);
      const line = (d: NginxDirective): string => [d.name, ...d.args].join(' ');
      let l = l0;
      if (rd.always) {
        const inner = (l0.block ?? []).map(line);
        if (inner.join('\n') !== nginxRedirectReturn(rd.always, ir.listen.https.port)) problems.push(`nginx: redirect location ${key} of ${vh?.name ?? '(default)'} says ${JSON.stringify(inner)}`);
        continue;
      }
      if (rd.http) {
        const [first, ...rest] = l0.block ?? [];
        const inner = (first?.block ?? []).map(line).join('\n');
        if (!first || line(first) !== 'if ($scheme = http)' || inner !== nginxRedirectReturn(rd.http, ir.listen.https.port))
          problems.push(`nginx: location ${key} of ${vh?.name ?? '(default)'} does not start with its HTTPS redirect: ${JSON.stringify(first && line(first))} ${JSON.stringify(inner)}`);
        l = { ...l0, block: rest };
        const answer = rest.map(line).join('\n');
        const u = route ? byId.get(route.upstream) : vh?.fallback !== undefined ? byId.get(vh.fallback) : undefined;
        const simple = !route || (nginxExpectedPolicy(route, u?.endpoints.length === 0).length === 0 && settingsText(route) === '');
        if (simple && l0.args[0] !== '~*') {
          if (!(answer === 'return 404' || answer === 'return 503' || (u !== undefined && reach(u) === answer))) problems.push(`nginx: redirecting location ${key} answers ${JSON.stringify(answer)}`);
          continue;
        }
      } else if ((l0.block ?? []).some((d) => d.name === 'if')) problems.push(`nginx: location ${key} of ${vh?.name ?? '(default)'} has an if block the IR does not ask for`);
      const { rest: withRewrites, pages } = takeErrorLines(l.block ?? [], route, problems, key);
      const body = takeRewriteLines(withRewrites, route, problems, key);
      for (const [n, p] of pages) pagesUsed.set(n, p);
      // Timeouts (proxy-*-timeout) wherever the location proxies in place: exactly the route's.
      const timeoutsGot = body.filter((d) => /^proxy_(connect|send|read)_timeout$/.test(d.name)).map((d) => [d.name, ...d.args].join(' '));
      const t = route?.policies?.timeouts ?? {};
      const timeoutsWant = (['connect', 'send', 'read'] as const).filter((k) => t[k] !== undefined).map((k) => `proxy_${k}_timeout ${t[k]}s`);
      if (JSON.stringify(timeoutsGot) !== JSON.stringify(timeoutsWant)) problems.push(`nginx: location ${key} of ${vh?.name ?? '(default)'} has timeouts ${JSON.stringify(timeoutsGot)}, the IR says ${JSON.stringify(timeoutsWant)}`);
      const isTimeout = (d: NginxDirective): boolean => /^proxy_(connect|send|read)_timeout$/.test(d.name);
      // A route with policies, a Host or timeouts answers in place (a jump would skip its directives):
      // exactly its policy directives and settings, then proxy_pass (after a `set` of the DNS variable),
      // a return, or try_files for an empty upstream behind a source range.
      const upstreamEmpty = route !== undefined && byId.get(route.upstream)?.endpoints.length === 0;
      const wantPolicy = l.args[0] === '~*' ? [] : nginxExpectedPolicy(route, upstreamEmpty);
      const wantSettings = settingsText(route);
      if (l.args[0] !== '~*' && (wantPolicy.length || wantSettings !== '' || route?.errors || route?.responseRewrites || hasAuth(route?.policies))) {
        const policy = body.filter((d) => NGINX_POLICY_DIRECTIVES.has(d.name)).map((d) => [d.name, ...d.args].join(' '));
        if (JSON.stringify(policy) !== JSON.stringify(wantPolicy)) problems.push(`nginx: location ${l.args.join(' ')} of ${vh?.name ?? '(default)'} has policy ${JSON.stringify(policy).slice(0, 200)}, expected ${JSON.stringify(wantPolicy).slice(0, 200)}`);
        const gotSettings = nginxLocationSettings(body, problems, nginxClientAuthHeaders(vh?.tls?.clientAuth));
        if (gotSettings !== wantSettings) problems.push(`nginx: location ${key} of ${vh?.name ?? '(default)'} sends ${JSON.stringify(gotSettings)}, the IR says ${JSON.stringify(wantSettings)}`);
        const rest = body.filter((d) => !NGINX_POLICY_DIRECTIVES.has(d.name) && d.name !== 'proxy_set_header' && !isTimeout(d));
        const names = JSON.stringify(rest.map((d) => d.name));
        if (!(names === '["proxy_pass"]' || names === '["set","proxy_pass"]' || names === '["return"]' || (rest.length === 0 && upstreamEmpty)))
          problems.push(`nginx: restricted location ${l.args.join(' ')} answers with ${names}`);
        for (const d of rest) {
          if (d.name === 'proxy_pass' && !(d.args.length === 1 && ir.upstreams.some((u) => u.endpoints.length > 0 && reach(u).endsWith(`proxy_pass ${d.args[0]}`)))) problems.push(`nginx: proxy_pass ${JSON.stringify(d.args)}`);
          if (d.name === 'return' && !(d.args.length === 1 && (d.args[0] === '404' || d.args[0] === '503'))) problems.push(`nginx: location return ${JSON.stringify(d.args)}`);
        }
        continue;
      }
      if (l.args[0] === '~*') {
        // A regex location answers in place (rewrite ... break ends the rewrite phase): the IR's
        // rewrite and header lines, then exactly what a named location would say, or a 404/503.
        const rest: string[] = [];
        const policy: string[] = [];
        for (const d of body) {
          if (d.name === 'rewrite') {
            if (!(d.args.length === 3 && rewrites.has(`${d.args[0]} ${d.args[1]}`) && d.args[2] === 'break')) problems.push(`nginx: rewrite ${JSON.stringify(d.args)} is no IR rewrite`);
          } else if (d.name === 'proxy_set_header') {
            if (!(d.args.length === 2 && (httpHeaders.has(d.args.join(' ')) || setHeaders.has(d.args.join(' '))))) problems.push(`nginx: proxy_set_header ${JSON.stringify(d.args)}`);
          } else if (NGINX_POLICY_DIRECTIVES.has(d.name)) policy.push([d.name, ...d.args].join(' '));
          else if (!/^proxy_(connect|send|read)_timeout$/.test(d.name)) rest.push([d.name, ...d.args].join(' '));
        }
        // Source ranges and body limits apply on regex routes too (answered in place, like the others).
        const regexPolicy = nginxExpectedPolicy(route, upstreamEmpty);
        if (JSON.stringify(policy) !== JSON.stringify(regexPolicy)) problems.push(`nginx: regex location ${l.args.join(' ')} has policy ${JSON.stringify(policy)}, expected ${JSON.stringify(regexPolicy)}`);
        // An empty upstream behind a source range answers its 503 from try_files (after the access check).
        if (rest.length === 0 && regexPolicy.some((x) => x.startsWith('try_files'))) rest.push('return 503');
        const answer = rest.join('\n');
        if (!(answer === 'return 404' || answer === 'return 503' || ir.upstreams.some((u) => u.endpoints.length > 0 && reach(u) === answer))) problems.push(`nginx: regex location ${l.args.join(' ')} answers ${JSON.stringify(answer)}`);
        continue;
      }
      const inner = body.map((x) => [x.name, ...x.args].join(' '));
      const jump = /^error_page 418 = (@u_\S+)$/.exec(inner[0] ?? '');
      if (jump && inner.length === 2 && inner[1] === 'return 418' && jumpTargets.has(jump[1]!)) used.add(jump[1]!);
      else if (!(inner.length === 1 && (inner[0] === 'return 404' || inner[0] === 'return 503'))) problems.push(`nginx: location ${l.args.join(' ')} says ${JSON.stringify(inner)}`);
    }
    sameMultiset(`nginx named locations of ${vh?.name ?? '(default)'}`, [...jumpTargets], [...used], problems);
    sameMultiset(`nginx error pages of ${vh?.name ?? '(default)'}`, errorPages.map((l) => l.args[0]!), [...pagesUsed.keys()], problems);
    for (const l of errorPages) {
      const p = pagesUsed.get(l.args[0]!);
      const want = p && expectedPage(p, byId, reach);
      const inner = (l.block ?? []).map((x) => [x.name, ...x.args].join(' ')).join('\n');
      if (want === undefined || inner !== want) problems.push(`nginx: error page ${l.args[0]} says ${JSON.stringify(inner)}`);
    }
  }
  /** The one-label check: exactly the IR's, before any other server-level rewrite directive. */
  function checkDepth(body: NginxDirective[], suffix: string | undefined): void {
    const ifs = body.filter((d) => d.name === 'if');
    const errorPages = body.filter((d) => d.name === 'error_page').map((d) => d.args.join(' '));
    const named = body.filter((d) => d.name === 'location' && d.args[0] === DEFAULT_LOCATION);
    if (suffix === undefined) {
      if (ifs.length || errorPages.length) problems.push(`nginx: if/error_page in a server without a hash wildcard (line ${body[0]?.line})`);
      return;
    }
    const where = `the depth check of *.${suffix}`;
    if (ifs.length !== 1) return void problems.push(`nginx: ${ifs.length} if blocks in ${where}`);
    const d = ifs[0]!;
    if (JSON.stringify(d.args) !== JSON.stringify(['($ingressc_host_parent', '!=', suffix, ')'])) problems.push(`nginx: ${where}: if ${JSON.stringify(d.args)}`);
    const inside = (d.block ?? []).map((x) => [x.name, ...x.args].join(' '));
    if (inside.join('\n') !== `return ${unknownHost}`) problems.push(`nginx: ${where} answers ${JSON.stringify(inside)}, expected return ${unknownHost}`);
    const ret = body.findIndex((x) => x.name === 'return');
    if (ret >= 0 && ret < body.indexOf(d)) problems.push(`nginx: ${where} comes after the server's return`);
    sameMultiset(`nginx error_page in ${where}`, errorPages, unknownHost === '418' ? [`418 = ${DEFAULT_LOCATION}`] : [], problems);
    for (const l of named) {
      const inner = (l.block ?? []).map((x) => [x.name, ...x.args].join(' '));
      if (inner.join('\n') !== defaultReach) problems.push(`nginx: ${where}: ${DEFAULT_LOCATION} ${JSON.stringify(inner)}, expected ${defaultReach}`);
    }
  }
  if (defaults !== 1) problems.push(`nginx: ${defaults} default servers`);
  sameMultiset('nginx server_name values', names, expectedNames, problems);
  return problems;
}

// ---------------------------------------------------------------- HAProxy

const HAPROXY_KEYWORDS: Record<string, ReadonlySet<string>> = {
  global: new Set(['default-path', 'log', 'ssl-load-extra-del-ext', 'expose-experimental-directives', 'lua-load', 'httpclient.ssl.verify']),
  resolvers: new Set(['parse-resolv-conf', 'nameserver', 'hold']),
  defaults: new Set(['mode', 'log', 'option', 'timeout']),
  frontend: new Set(['bind', 'http-request', 'http-response', 'use_backend', 'default_backend']),
  // retries, option, retry-on: the retry block only (HAPROXY_DEFAULT_RETRY, checked line by line).
  backend: new Set(['server', 'http-request', 'http-response', 'timeout', 'retries', 'option', 'retry-on']),
  userlist: new Set(['user']),
};

/**
 * ingress-nginx's retry defaults (proxy-next-upstream "error timeout", 3 tries, no non_idempotent),
 * as every HAProxy backend with servers must carry them: 2 retries, each on another server, on a
 * failed or dropped connection and a response timeout, none for a POST/LOCK/PATCH already sent.
 * The generated manifests set no retry annotation (test/fuzz/upstream-tuning.test.ts does).
 */
const HAPROXY_DEFAULT_RETRY = ['retries 2', 'option redispatch 1', 'retry-on conn-failure empty-response response-timeout', 'http-request disable-l7-retry if METH_POST || { method LOCK PATCH }'];
const isHaproxyRetryLine = (w: readonly string[]): boolean => ['retries', 'option', 'retry-on'].includes(w[0]!) || (w[0] === 'http-request' && w[1] === 'disable-l7-retry');

/** A route's Host and timeouts as HAProxy can hold them: one server-side timeout, the larger of send and read (60 s when unset). */
function haproxySettings(r: Pick<Route, 'filters' | 'policies' | 'responseRewrites'>): string {
  const host = upstreamHost(r);
  const t = r.policies?.timeouts ?? {};
  const server = t.send !== undefined || t.read !== undefined ? Math.max(t.send ?? 60, t.read ?? 60) : undefined;
  return [host !== undefined ? `host=${host}` : '', t.connect !== undefined ? `connect=${t.connect}` : '', server !== undefined ? `server=${server}` : '', rewriteDesc(r.responseRewrites)].filter((x) => x).join(' ');
}

export function checkHaproxy(ir: RouteTable, files: readonly OutputFile[]): string[] {
  const problems: string[] = [];
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  const policies = haproxyPolicyBackends(ir);
  const limitTables = haproxyLimitTables(ir);
  const aclFiles = [...policies.list.flatMap((b) => Object.keys(b.files)), ...limitTables.files.keys()];
  for (const [f, cidrs] of limitTables.files) if (byPath.get(f) !== cidrs.map((c) => `${c}\n`).join('')) problems.push(`haproxy: ${f} does not list exactly ${cidrs.join(' ')}`);
  checkFiles('haproxy', ir, files, ['haproxy.cfg', 'hosts.map', 'exact.map', 'prefix.map', 'fallback.map', 'ssl-redirect.map', 'crt-list.txt', ...aclFiles, ...clientCaFiles(ir), ...checkHaproxyExtAuth(ir, files, problems)], problems);
  for (const b of policies.list)
    for (const [f, cidrs] of Object.entries(b.files)) if (byPath.get(f) !== cidrs.map((c) => `${c}\n`).join('')) problems.push(`haproxy: ${f} does not list exactly ${cidrs.join(' ')}`);
  const cfg = byPath.get('haproxy.cfg');
  if (cfg === undefined) return [...problems, 'haproxy: no haproxy.cfg'];
  const { sections, comments, problems: p } = parseHaproxy(cfg);
  problems.push(...p);
  checkComments('haproxy', 'haproxy.cfg', comments, problems);
  const be = (id: string): string => `be_${id}`;
  const upstreamById = new Map(ir.upstreams.map((u) => [u.id, u]));
  const byBackend = new Map([...ir.upstreams.map((u) => [be(u.id), u] as const), ...policies.list.map((b) => [b.name, upstreamById.get(b.upstream)!] as const)]);
  const rulesOf = new Map(policies.list.map((b) => [b.name, b.rules]));
  // Variant backends (routes with their own Host or timeouts, without policies): `be_<id>.v<n>`, with the upstream's servers.
  // Redirect copies `h<N>.<backend>` (src/emit/haproxy/redirects.ts) carry their backend's lines after the redirect.
  const baseOf = (name: string): string => (haproxyTwinBase(name) ?? name).replace(/^h[0-9]+\./, '').replace(/\.v[0-9]+$/, '');
  const isRedirectOnly = (name: string): boolean => /^rd[0-9]+$/.test(name);
  /** Backend name → the settings its lines carry. */
  const backendSettings = new Map<string, string>();
  const headers: string[] = [];
  for (const s of sections) {
    const kind = s.header[0]!;
    const bname = s.header[1] ?? '';
    headers.push(kind !== 'backend' ? s.header.join(' ') : haproxyTwinBase(bname) !== undefined ? `twin of ${haproxyTwinBase(bname)}` : isRedirectOnly(bname) ? 'backend (redirect)' : /^h[0-9]+\./.test(bname) ? 'backend (redirect copy)' : baseOf(bname) !== bname ? 'backend (variant)' : s.header.join(' '));
    const allowed = HAPROXY_KEYWORDS[kind];
    if (!allowed) problems.push(`haproxy: unknown section ${JSON.stringify(s.header.join(' '))}`);
    // A limit's table-only backend is checked line by line below.
    if (!limitTables.tables.has(s.header.join(' '))) for (const l of s.lines) if (allowed && !allowed.has(l.words[0]!)) problems.push(`haproxy: keyword ${JSON.stringify(l.words[0])} in ${kind}`);
    if (kind === 'backend' && limitTables.tables.has(s.header.join(' '))) {
      const lines = s.lines.map((l) => l.words.join(' '));
      if (JSON.stringify(lines) !== JSON.stringify(limitTables.tables.get(s.header.join(' ')))) problems.push(`haproxy: ${s.header.join(' ')} says ${JSON.stringify(lines)}`);
      continue;
    }
    if (kind === 'backend') {
      const name = s.header[1] ?? '';
      const settings: string[] = [];
      for (const l of s.lines) {
        const w = l.words;
        if (w[0] === 'http-request' && w[1] === 'set-header' && w[2] === 'Host' && w.length === 4) settings.push(`host=${w[3]}`);
        else if (w[0] === 'http-request' && w[1] === 'redirect' && w[2] === 'location') settings.push(`redirect=${w.slice(3).join(' ')}`);
        else if (w[0] === 'timeout' && (w[1] === 'connect' || w[1] === 'server') && w.length === 3 && /^[0-9]+s$/.test(w[2]!)) settings.push(`${w[1]}=${parseInt(w[2]!, 10)}`);
        else if (isHaproxyRetryLine(w)) continue;
        else if (w[0] === 'timeout' || (w[0] === 'http-request' && !(w[1] === 'return' && w.join(' ') === 'http-request return status 503') && !(w.join(' ') === 'http-request return status 404') && !(rulesOf.get(baseOf(name)) ?? []).includes(w.join(' '))))
          problems.push(`haproxy: backend ${name}: ${JSON.stringify(w.join(' '))}`);
      }
      // The authentication's response rules (auth-oracles.ts); the other http-response lines are the
      // response rewrites (errors-oracle.ts), read back.
      const authResponses = haproxyAuthResponse(policies.list.find((b) => b.name === name)?.policies);
      const responseLines = s.lines.filter((l) => l.words[0] === 'http-response' && !authResponses.includes(l.words.join(' '))).map((l) => l.words);
      if (responseLines.length) {
        const rw = haproxyRewriteRead(responseLines);
        if (!rw) problems.push(`haproxy: backend ${name}: response rewrites ${JSON.stringify(responseLines).slice(0, 200)}`);
        else settings.push(rewriteDesc(rw));
      }
      backendSettings.set(name, settings.join(' '));
      if (baseOf(name) === name && !rulesOf.has(name) && !isRedirectOnly(name) && settings.length) problems.push(`haproxy: backend ${name} carries route settings ${settings.join(' ')}`);
      if (baseOf(name) !== name && !byBackend.has(baseOf(name)) && baseOf(name) !== 'not_found') problems.push(`haproxy: variant backend ${name} of no IR upstream`);
      const u = byBackend.get(baseOf(name));
      const servers = s.lines.filter((l) => l.words[0] === 'server');
      const responses = s.lines.filter((l) => l.words[0] === 'http-response' && authResponses.includes(l.words.join(' '))).map((l) => l.words.join(' '));
      if (JSON.stringify(responses) !== JSON.stringify(authResponses)) problems.push(`haproxy: backend ${name} response rules ${JSON.stringify(responses).slice(0, 200)}`);
      const rules = s.lines.filter((l) => l.words[0] === 'http-request' && !isHaproxyRetryLine(l.words) && !(l.words[1] === 'set-header' && l.words[2] === 'Host') && l.words[1] !== 'redirect').map((l) => l.words.join(' '));
      // The retry block: ingress-nginx's defaults wherever there are servers to retry on.
      const retry = s.lines.filter((l) => isHaproxyRetryLine(l.words)).map((l) => l.words.join(' '));
      const wantRetry = u && u.endpoints.length > 0 && !isRedirectOnly(name) ? HAPROXY_DEFAULT_RETRY : [];
      if (JSON.stringify(retry) !== JSON.stringify(wantRetry)) problems.push(`haproxy: backend ${name} retry lines ${JSON.stringify(retry)}, expected ${JSON.stringify(wantRetry)}`);
      const wantRules = [...(rulesOf.get(baseOf(s.header[1] ?? '')) ?? []), ...(u && u.endpoints.length === 0 ? ['http-request return status 503'] : [])];
      if (u && JSON.stringify(rules) !== JSON.stringify(wantRules)) problems.push(`haproxy: backend ${s.header[1]} rules ${JSON.stringify(rules).slice(0, 200)}, expected ${JSON.stringify(wantRules).slice(0, 200)}`);
      if (u) {
        // Server options of the protocol (backend-oracle.ts); an AUTO_HTTP twin's speak TLS.
        const opts = haproxyServerOptions(u, haproxyTwinBase(name) !== undefined);
        const want = u.endpoints.map((e, i) => [`server s${i + 1} ${endpointText(e.host, e.port)}`, ...(opts ? [opts] : []), ...(e.kind === 'dns' ? ['resolvers dns init-addr none'] : [])].join(' '));
        sameMultiset(`haproxy servers of ${u.id}`, servers.map((l) => l.words.join(' ')), want, problems);
      } else if (servers.length) problems.push(`haproxy: backend ${s.header[1]} has servers`);
    }
    if (kind === 'frontend') {
      // RouteTable.dropRequestHeaders: the first http-request rule, before anything reads a header.
      const first = s.lines.find((l) => l.words[0] === 'http-request')?.words.join(' ');
      const dropRule = ir.dropRequestHeaders ? `http-request del-header ${ir.dropRequestHeaders.underscore ? '[^A-Za-z0-9-]' : '[^A-Za-z0-9_-]'} -m reg` : undefined;
      const dropRules = s.lines.filter((l) => l.words[0] === 'http-request' && l.words[1] === 'del-header' && l.words.includes('-m')).length;
      if ((dropRule !== undefined && first !== dropRule) || dropRules !== (dropRule ? 1 : 0)) problems.push(`haproxy: first http-request rule ${JSON.stringify(first)} for dropRequestHeaders ${JSON.stringify(ir.dropRequestHeaders)}`);
      const binds = s.lines.filter((l) => l.words[0] === 'bind').map((l) => l.words[1]!);
      const addr = (a: RouteTable['listen']['http']) => `${a.host}:${a.port}`;
      sameMultiset('haproxy binds', binds, [addr(ir.listen.http), ...(ir.certificates.length ? [addr(ir.listen.https)] : [])], problems);
      // Quoted arguments: exactly the IR's regex-mode routes and filters, rendered for PCRE.
      const quoted = s.lines.flatMap((l) => l.words.filter((w) => w.startsWith("'")).map((w) => w.slice(1)));
      const wantQuoted: string[] = [];
      for (const vh of ir.vhosts)
        for (const r of vh.ordered ?? []) {
          wantQuoted.push(routeRegex(r.path, 'pcre'));
          for (const f of r.filters ?? []) {
            if (f.type === 'URLRewrite') wantQuoted.push(`(?i)${wholePathSearch(parsePortable(f.path.pattern), 'pcre')}`, f.path.replacement.replace(/\{([1-9])\}/g, '\\$1'));
            else if (f.type === 'RequestHeaderModifier') wantQuoted.push(...f.set.map((h) => h.value));
          }
        }
      wantQuoted.push(...haproxyClientAuthQuoted(ir));
      // The HTTPS redirect's two locations (URI with and without its final "/": src/emit/haproxy/redirects.ts).
      if (ir.certificates.length && ir.vhosts.some((v) => v.tls?.sslRedirect)) {
        const port = ir.listen.https.port === 443 ? '' : `:${ir.listen.https.port}`;
        wantQuoted.push(`https://%[var(txn.host)]${port}%[var(txn.pathq),regsub(/$,)]`, `https://%[var(txn.host)]${port}%[var(txn.pathq)]`);
      }
      sameMultiset('haproxy quoted arguments', quoted, wantQuoted, problems);
      const uses = s.lines.filter((l) => l.words[0] === 'use_backend' && l.words[1] !== '%[var(txn.be)]').map((l) => l.words[1]!);
      sameMultiset('haproxy use_backend (default)', uses, ir.defaultUpstream === undefined ? [] : [be(ir.defaultUpstream)], problems);
    }
  }
  // Route maps name a backend: its upstream (or policy backend) and the settings it carries must be the route's.
  const targetOf = (r: Route): string => policies.byRoute.get(r) ?? be(r.upstream);
  // A redirect (docs/ir-v2.md): its rule as the backend's words after "location", derived from the IR.
  const httpsPort = ir.listen.https.port === 443 ? '' : `:${ir.listen.https.port}`;
  const redirectRule = (f: RequestRedirect): string => {
    const target = f.path ? f.path.value : f.stripTrailingSlash ? '%[var(txn.pathq),regsub(/$,)]' : '%[var(txn.pathq)]';
    if (f.hostname !== undefined) return `redirect='%[ssl_fc,iif(https,http)]://${f.hostname}:%[dst_port]${target} code ${f.statusCode}${f.plainHttpOnly ? ' if !{ ssl_fc }' : ''}`;
    // A path: after the connection's scheme and txn.host (lowercased, no port), unless relative.
    const location = f.location !== undefined && f.location.startsWith('/') && !f.relative ? `%[ssl_fc,iif(https,http)]://%[var(txn.host)]${f.location}` : f.location;
    const fmt = location ?? (f.scheme === 'https' ? `https://%[var(txn.host)]${httpsPort}${f.path ? f.path.value : f.stripTrailingSlash ? '%[var(txn.pathq),regsub(/$,)]' : '%[var(txn.pathq)]'}` : `%[ssl_fc,iif(https,http)]://%[req.hdr(host)]${f.path!.value}`);
    return `redirect='${fmt} code ${f.statusCode}${f.plainHttpOnly ? ' if !{ ssl_fc }' : ''}`;
  };
  const plainTarget = (r: Route): string => `${targetOf(r)}|${haproxySettings(r)}`;
  const routeTarget = (r: Route): string => {
    const rd = redirectsOf(r.filters);
    if (rd.always) return `redirect|${redirectRule(rd.always)}`;
    if (rd.http) return `${targetOf(r)}|${[redirectRule(rd.http), haproxySettings(r)].filter((x) => x).join(' ')}`;
    return plainTarget(r);
  };
  const variants = new Set<string>();
  const redirectBackends = new Set<string>();
  const copies = new Set<string>();
  for (const vh of ir.vhosts) {
    for (const r of [...vh.exact, ...vh.prefix]) {
      const rd = redirectsOf(r.filters);
      if (rd.always) {
        redirectBackends.add(redirectRule(rd.always));
        continue;
      }
      if (!policies.byRoute.has(r) && haproxySettings(r)) variants.add(plainTarget(r));
      if (rd.http) copies.add(`${plainTarget(r)}#${redirectRule(rd.http)}`);
    }
    if (vh.fallbackRedirect?.plainHttpOnly) copies.add(`${vh.fallback === undefined ? 'not_found' : be(vh.fallback)}|#${redirectRule(vh.fallbackRedirect)}`);
    else if (vh.fallbackRedirect) redirectBackends.add(redirectRule(vh.fallbackRedirect));
  }
  // Regex-mode routes set their headers in the frontend: a variant carries only their timeouts.
  const orderedSettings = (r: Route): string => haproxySettings({ policies: r.policies, ...(r.responseRewrites ? { responseRewrites: r.responseRewrites } : {}) });
  for (const vh of ir.vhosts)
    for (const r of vh.ordered ?? []) {
      const rd = redirectsOf(r.filters);
      if (rd.always) redirectBackends.add(redirectRule(rd.always));
      else if (!policies.byRoute.has(r) && orderedSettings(r)) variants.add(`${be(r.upstream)}|${orderedSettings(r)}`);
      if (!rd.always && rd.http) copies.add(`${be(r.upstream)}|${haproxySettings({ policies: r.policies })}#${redirectRule(rd.http)}`);
    }
  const userlists = haproxyUserlists(ir);
  const wantHeaders = ['global', 'defaults', 'frontend ingress', 'backend not_found', ...ir.upstreams.map((u) => `backend ${be(u.id)}`), ...policies.list.map((b) => `backend ${b.name}`), ...[...variants].map(() => 'backend (variant)'), ...[...redirectBackends].map(() => 'backend (redirect)'), ...[...copies].map(() => 'backend (redirect copy)'), ...limitTables.tables.keys(), ...userlists.keys()];
  for (const s of sections.filter((x) => x.header[0] === 'userlist')) {
    const want = userlists.get(s.header.join(' '));
    if (want && JSON.stringify(s.lines.map((l) => l.words.join(' '))) !== JSON.stringify(want)) problems.push(`haproxy: ${s.header.join(' ')} is not exactly the IR's users`);
  }
  if (ir.upstreams.some((u) => u.endpoints.some((e) => e.kind === 'dns'))) wantHeaders.push('resolvers dns');
  // AUTO_HTTP (backend-oracle.ts): every backend of an auto-http upstream has its TLS twin.
  const twins = headers.filter((h) => h.startsWith('twin of '));
  const autoHttp = sections.filter((x) => x.header[0] === 'backend' && haproxyTwinBase(x.header[1] ?? '') === undefined && /_auto-http/.test(x.header[1] ?? '')).map((x) => `twin of ${x.header[1]}`);
  sameMultiset('haproxy AUTO_HTTP twins', twins, autoHttp, problems);
  sameMultiset('haproxy sections', headers.filter((h) => !h.startsWith('twin of ')), wantHeaders, problems);
  const resolveEntry = (entry: string): string => {
    const [k, v] = entry.split(' ');
    return v === undefined ? entry : `${k} ${isRedirectOnly(v) ? 'redirect' : baseOf(v)}|${backendSettings.get(v) ?? '?'}`;
  };

  const maps = { hosts: [] as string[], exact: [] as string[], prefix: [] as string[], fallback: [] as string[], ssl: [] as string[] };
  for (const vh of ir.vhosts) {
    if (vh.kind !== 'any') maps.hosts.push(`${vh.name} ${vh.name}`);
    for (const r of vh.exact) maps.exact.push(`${vh.name}${r.path} ${routeTarget(r)}`);
    const exactPaths = new Set(vh.exact.map((r) => r.path));
    for (const r of vh.prefix) {
      maps.prefix.push(`${vh.name}${r.path === '/' || r.match === 'StringPrefix' ? r.path : `${r.path}/`} ${routeTarget(r)}`);
      // StringPrefix "/p/" is looked up as path + "/": "/p" gets an exact entry with what the IR gives it.
      const bare = r.path.slice(0, -1);
      if (r.match !== 'StringPrefix' || r.path === '/' || !r.path.endsWith('/') || exactPaths.has(bare)) continue;
      exactPaths.add(bare);
      const m = matchPath(vh, bare);
      maps.exact.push(`${vh.name}${bare} ${m ? routeTarget(m) : vh.fallback === undefined ? 'not_found|' : `${be(vh.fallback)}|`}`);
    }
    if (vh.fallbackRedirect) maps.fallback.push(`${vh.name} ${!vh.fallbackRedirect.plainHttpOnly ? 'redirect' : vh.fallback === undefined ? 'not_found' : be(vh.fallback)}|${redirectRule(vh.fallbackRedirect)}`);
    else if (vh.fallback !== undefined) maps.fallback.push(`${vh.name} ${be(vh.fallback)}|`);
    if (vh.tls?.sslRedirect) maps.ssl.push(`${vh.name} ${vh.tls.stripTrailingSlash ? 'strip' : 'keep'}`);
  }
  const https = ir.certificates.length > 0;
  const mapFile = (name: string, want: string[], words: 1 | 2, present: boolean, resolve = false) => {
    const text = byPath.get(name);
    if (!present) {
      if (text !== undefined && want.length) problems.push(`haproxy: unexpected ${name}`);
      return;
    }
    if (text === undefined) return void problems.push(`haproxy: ${name} missing`);
    const r = parseMapFile(name, text, words);
    problems.push(...r.problems.map((x) => `haproxy: ${x}`));
    sameMultiset(`haproxy ${name}`, resolve ? r.entries.map(resolveEntry) : r.entries, want, problems);
  };
  mapFile('hosts.map', maps.hosts, 2, true);
  mapFile('exact.map', maps.exact, 2, true, true);
  mapFile('prefix.map', maps.prefix, 2, true, true);
  mapFile('fallback.map', maps.fallback, 2, true, true);
  mapFile('ssl-redirect.map', maps.ssl, 2, https && maps.ssl.length > 0);
  if (https) {
    const text = byPath.get('crt-list.txt') ?? '';
    const want = haproxyCrtList(ir);
    const got = text.split('\n').filter((l) => l !== '');
    for (const l of got) if (/[#"'\\$%{}\s]/.test(l.replace(/ /g, ''))) problems.push(`haproxy: crt-list line ${JSON.stringify(l)}`);
    sameMultiset('haproxy crt-list', got, want, problems);
  }
  return problems;
}

// ---------------------------------------------------------------- Envoy

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const envoyAuthority = (suffix: string): string => `(?i)^[^.:]+\\.${escDots(suffix)}\\.?(:[0-9]+)?$`;

/** A route's cluster (its own for a connect timeout), Host rewrite and deadline (the read timeout), as envoyRoute prints them. */
function envoyAction(u: string | undefined, r?: Route): string {
  if (u === undefined) return 'status 404';
  const t = r?.policies?.timeouts;
  const host = r ? upstreamHost(r) : undefined;
  return `cluster ${u}${t?.connect !== undefined ? `.connect${t.connect}s` : ''} timeout ${t?.read ?? 0}s${host !== undefined ? ` host ${host}` : ''}`;
}

function envoyExpectedRoutes(ir: RouteTable, vh: VirtualHost | undefined, scheme: 'http' | 'https'): string[] {
  const act = (u: string | undefined, r?: Route) => {
    const pol = [policyDesc(r?.policies), rewriteDesc(r?.responseRewrites), envoyErrorsDesc(r)].filter((x) => x).join('; ');
    return `${envoyAction(u, r)}${pol ? ` (${pol})` : ''}`;
  };
  if (!vh) return [`prefix / => ${act(ir.defaultUpstream)}`];
  // A wildcard's own routes check for one label only with host-less rules; without them one route
  // takes the deeper names first (the unknown-host catch-all, with the check inverted).
  const any = ir.vhosts.find((v) => v.kind === 'any');
  const oneLabel = vh.kind === 'wildcard' && any !== undefined;
  const h = oneLabel ? ` [${envoyAuthority(vh.wildcardSuffix)}]` : '';
  const own: string[] = [];
  if (scheme === 'http' && vh.tls?.sslRedirect) {
    // Without preserve-trailing-slash (src/emit/envoy/redirects.ts): "/" of an exact host is a direct
    // response naming the host, a request with a query keeps its path, the others lose a final "/".
    const path = (regex: string): string => ` [? ${JSON.stringify({ name: ':path', string_match: { safe_regex: { regex } } })}]`;
    if (vh.tls.stripTrailingSlash && vh.kind === 'exact') own.push(`prefix /${h}${path('/')} => status 308`);
    if (vh.tls.stripTrailingSlash) own.push(`prefix /${h}${path('[^?]*\\?.*')} => redirect`);
    own.push(`prefix /${h} => redirect`);
  } else {
    // Redirects (docs/ir-v2.md; src/emit/envoy/redirects.ts): a verbatim Location is a direct
    // response, the others redirect actions; an HTTPS-only one is absent from the HTTPS listener.
    const path = (regex: string): string => ` [? ${JSON.stringify({ name: ':path', string_match: { safe_regex: { regex } } })}]`;
    const routeLines = (spec: string, filters: readonly unknown[] | undefined, normal: string): string[] => {
      const rd = redirectsOf(filters);
      const f = rd.always ?? rd.http;
      if (!f || (f.plainHttpOnly && scheme === 'https')) return [`${spec}${h} => ${normal}`];
      if (f.location !== undefined) return [`${spec}${h} => status ${f.statusCode}`];
      if ((f.scheme === 'https' || f.hostname !== undefined) && f.stripTrailingSlash && !f.path)
        return [...(vh.kind === 'exact' || f.hostname !== undefined ? [`${spec}${h}${path('/')} => status ${f.statusCode}`] : []), `${spec}${h}${path('[^?]*\\?.*')} => redirect`, `${spec}${h} => redirect`];
      return [`${spec}${h} => redirect`];
    };
    for (const r of vh.exact) own.push(...routeLines(`path ${r.path}`, r.filters, act(r.upstream, r)));
    for (const r of vh.prefix) own.push(...routeLines(r.path === '/' || r.match === 'StringPrefix' ? `prefix ${r.path}` : `path_separated_prefix ${r.path}`, r.filters, act(r.upstream, r)));
    for (const r of vh.ordered ?? []) own.push(...routeLines(`safe_regex (?i)${wholePathSearch(locationRegex(r.path), 're2')}`, r.filters, act(r.upstream, r)));
    if (!vh.prefix.some((r) => r.path === '/') || vh.pathOrder === 'regex-first-match') own.push(...routeLines('prefix /', vh.fallbackRedirect ? [vh.fallbackRedirect] : undefined, act(vh.fallback)));
  }
  // Error pages (errors-oracle.ts): their routes first.
  own.unshift(...envoyExpectedPageRoutes(routesOf(vh), h));
  if (vh.kind !== 'wildcard') return own;
  const unknown = envoyExpectedRoutes(ir, any, scheme);
  const deeper = oneLabel ? [] : unknown.map((x) => x.replace(/^prefix \//, `prefix / [!${envoyAuthority(vh.wildcardSuffix)}]`));
  return [...deeper, ...own, ...unknown];
}

function envoyRoute(r: Any): string {
  const m = r.match ?? {};
  const spec = ['path', 'prefix', 'path_separated_prefix', 'safe_regex'].filter((k) => m[k] !== undefined).map((k) => `${k} ${k === 'safe_regex' ? m[k].regex : m[k]}`);
  const headers = (m.headers ?? []).map((hm: Any) => (hm.name === ':authority' ? `${hm.invert_match === true ? '!' : ''}${hm.string_match?.safe_regex?.regex}` : `? ${JSON.stringify(hm)}`));
  const extra = Object.keys(m).filter((k) => !['path', 'prefix', 'path_separated_prefix', 'safe_regex', 'headers'].includes(k));
  const rt = r.route;
  const routeKeys = rt ? Object.keys(rt).filter((k) => !['cluster', 'timeout', 'host_rewrite_literal', 'regex_rewrite', 'rate_limits'].includes(k)) : [];
  const act = r.redirect
    ? 'redirect'
    : r.direct_response
      ? `status ${r.direct_response.status}`
      : rt
        ? `cluster ${rt.cluster} timeout ${rt.timeout}${rt.host_rewrite_literal !== undefined ? ` host ${rt.host_rewrite_literal}` : ''}${routeKeys.length ? ` {${routeKeys.join(',')}}` : ''}`
        : '?';
  const pol = envoyRoutePolicy(r);
  return `${spec.join(' & ')}${headers.map((x: string) => ` [${x}]`).join('')}${extra.length ? ` {${extra.join(',')}}` : ''} => ${act}${pol ? ` (${pol})` : ''}`;
}

/** [name, inline Lua source or null] of every Envoy http filter, in order. */
/**
 * A redirect to a path made absolute needs the request host as nginx names it (lowercased, without
 * port or trailing dot), kept in dynamic metadata by a Lua filter: exactly this script.
 */
const ENVOY_REDIRECT_HOST_LUA = `-- ingressc: the request host as nginx names it in a redirect
function envoy_on_request(h)
  local host = string.lower(h:headers():get(":authority") or "")
  if string.sub(host, 1, 1) == "[" then host = string.match(host, "^(%[[^%]]*%])") or host
  else host = string.gsub(host, ":[0-9]*$", "") end
  host = string.gsub(host, "%.$", "")
  h:streamInfo():dynamicMetadata():set("ingressc.redirect", "host", host)
end
`;
const envoyRedirectHostFilters = (ir: RouteTable): [string, string][] =>
  ir.vhosts.some((v) => [...v.exact, ...v.prefix, ...(v.ordered ?? [])].some((r) => r.filters?.some((f) => f.type === 'RequestRedirect' && f.location?.startsWith('/') && !f.relative))) ? [['ingressc.redirect', ENVOY_REDIRECT_HOST_LUA]] : [];

export const ENVOY_HTTP_FILTERS = [['ingressc.normalize', NORMALIZE_LUA], ['ingressc.restore', RESTORE_LUA], ['envoy.filters.http.router', null]];

export function checkEnvoy(ir: RouteTable, files: readonly OutputFile[]): string[] {
  const problems: string[] = [];
  checkFiles('envoy', ir, files, ['envoy.json', ...clientCaFiles(ir), ...checkHtpasswdFiles('envoy', ir, files, problems, '-:{SHA}AAAAAAAAAAAAAAAAAAAAAAAAAAA=\n')], problems);
  const text = files.find((f) => f.path === 'envoy.json')?.content;
  if (text === undefined) return [...problems, 'envoy: no envoy.json'];
  let b: Any;
  try {
    b = JSON.parse(text);
  } catch (e) {
    return [...problems, `envoy: envoy.json does not parse: ${(e as Error).message}`];
  }
  // JSON has no comments; the text is exactly the canonical 2-space form of its value (no duplicate
  // keys, nothing a user string could have added between the values).
  if (text !== `${JSON.stringify(b, null, 2)}\n`) problems.push('envoy: envoy.json is not in canonical 2-space JSON form');
  for (const k of Object.keys(b ?? {})) if (k !== 'static_resources' && k !== 'layered_runtime' && k !== 'deferred_stat_options') problems.push(`envoy: top-level key ${k}`);
  // Cluster stats created on first use (load time at 10k clusters), nothing else.
  if (JSON.stringify(b?.deferred_stat_options) !== '{"enable_deferred_creation_stats":true}') problems.push(`envoy: deferred_stat_options ${JSON.stringify(b?.deferred_stat_options)}`);
  const authClusters = checkEnvoyExtAuth(ir, b, problems);
  const clusters: Any[] = (b?.static_resources?.clusters ?? []).filter((c: Any) => !authClusters.includes(c.name));
  // One cluster per upstream (connect timeout 5 s), and one per upstream and connect timeout some route sets.
  const wantClusters = new Map(ir.upstreams.map((u) => [u.id, 5]));
  for (const vh of ir.vhosts)
    for (const r of [...vh.exact, ...vh.prefix, ...(vh.ordered ?? [])]) {
      const c = r.policies?.timeouts?.connect;
      if (c !== undefined) wantClusters.set(`${r.upstream}.connect${c}s`, c);
    }
  sameMultiset('envoy clusters', clusters.map((c) => c.name), wantClusters.keys(), problems);
  const byId = new Map(ir.upstreams.map((u) => [u.id, u]));
  for (const c of clusters) {
    const u = byId.get(c.name.replace(/\.connect[0-9]+s$/, ''));
    if (!u) continue;
    if (c.connect_timeout !== `${wantClusters.get(c.name)}s`) problems.push(`envoy: cluster ${c.name} connect_timeout ${c.connect_timeout}`);
    const eps = (c.load_assignment?.endpoints ?? []).flatMap((l: Any) => l.lb_endpoints.map((e: Any) => `${e.endpoint.address.socket_address.address}:${e.endpoint.address.socket_address.port_value}`));
    sameMultiset(`envoy endpoints of ${u.id}`, eps, u.endpoints.map((e) => `${e.host}:${e.port}`), problems);
  }
  const listeners: Any[] = b?.static_resources?.listeners ?? [];
  sameMultiset('envoy listeners', listeners.map((l) => l.name), ['http', ...(ir.certificates.length && ir.defaultCertificate ? ['https'] : [])], problems);
  const certFiles = certs(ir);
  const tlsNames = new Set([...ir.certificates.flatMap((c) => c.hosts), ...ir.vhosts.map((v) => v.name)]);
  for (const l of listeners) {
    const scheme = l.name === 'https' ? 'https' : 'http';
    const seen = new Set<unknown>();
    // Client certificates (limit-oracles.ts): a chain per CA and depth, selected by the hosts' SNI, verifying without refusing.
    if (scheme === 'https') {
      const got = (l.filter_chains ?? []).filter((c: Any) => c.filter_chain_match).map((c: Any) => {
        const t = c.transport_socket?.typed_config ?? {};
        const vc = t.common_tls_context?.validation_context ?? {};
        if (vc.trust_chain_verification !== 'ACCEPT_UNTRUSTED' || t.require_client_certificate !== false || t.disable_stateless_session_resumption !== true || t.disable_stateful_session_resumption !== true)
          problems.push(`envoy: client-certificate chain ${c.name} ${JSON.stringify(t).slice(0, 200)}`);
        return `${(c.filter_chain_match.server_names ?? []).join(',')} | ${vc.trusted_ca?.filename} | ${vc.max_verify_depth}`;
      });
      sameMultiset('envoy client-certificate chains', got, envoyClientAuthChainsWant(ir), problems);
    }
    for (const chain of l.filter_chains ?? []) {
      for (const sn of chain.filter_chain_match?.server_names ?? []) if (!tlsNames.has(sn)) problems.push(`envoy: server name ${JSON.stringify(sn)} is no IR host`);
      for (const tc of chain.transport_socket?.typed_config?.common_tls_context?.tls_certificates ?? [])
        for (const f of [tc.certificate_chain?.filename, tc.private_key?.filename]) if (!certFiles.has(f)) problems.push(`envoy: certificate file ${JSON.stringify(f)}`);
      for (const f of chain.filters ?? []) {
        // The request-normalisation Lua filters, exactly ingressc's code, then the router.
        const hf: Any[] = f.typed_config?.http_filters ?? [];
        // RouteTable.dropRequestHeaders: names with "_" dropped by the codec, the other refused names by the normalisation filter.
        const underscores = f.typed_config?.common_http_protocol_options?.headers_with_underscores_action;
        if (underscores !== (ir.dropRequestHeaders?.underscore ? 'DROP_HEADER' : undefined))
          problems.push(`envoy: common_http_protocol_options ${JSON.stringify(underscores)} for dropRequestHeaders ${JSON.stringify(ir.dropRequestHeaders)}`);
        const wantFilters = [['ingressc.normalize', normalizeLua(ir.dropRequestHeaders !== undefined)], ...ENVOY_HTTP_FILTERS.slice(1, 2), ...envoyRedirectHostFilters(ir), ...envoyErrorFilters(ir), ...envoyPolicyFilters(ir).map((n) => [n, null]), ...envoyRewriteFilters(ir).map((n) => [n, null]), ...ENVOY_HTTP_FILTERS.slice(2)];
        if (JSON.stringify(hf.map((x) => [x.name, x.typed_config?.default_source_code?.inline_string ?? null])) !== JSON.stringify(wantFilters))
          problems.push(`envoy: http_filters ${JSON.stringify(hf.map((x) => x.name))} are not exactly ingressc's normalisation filters and the router`);
        // WebSocket upgrades (listeners.ts upgradeConfig): these filters but the buffer filter, written only when they differ.
        const up: Any[] = f.typed_config?.upgrade_configs ?? [];
        const upWant = hf.filter((x) => x.name !== 'envoy.filters.http.buffer');
        if (up.length !== 1 || up[0].upgrade_type !== 'websocket' || JSON.stringify(up[0].filters ?? hf) !== JSON.stringify(upWant) || (up[0].filters && upWant.length === hf.length))
          problems.push(`envoy: upgrade_configs ${JSON.stringify(up).slice(0, 200)} are not websocket with the request filters but the buffer filter`);
        readEnvoyLimitFilter(hf, problems, ir.limitStatus?.requests);
        const scripts: Record<string, Any> = hf.find((x) => x.name === 'ingressc.clientcert')?.typed_config?.source_codes ?? {};
        const rc = f.typed_config?.route_config;
        // A route table is checked once per set of filters it runs with (the filters' scripts and buckets differ per chain).
        const seenKey = JSON.stringify([rc, hf]);
        if (!rc || seen.has(seenKey)) continue;
        seen.add(seenKey);
        const vhs: Any[] = rc.virtual_hosts ?? [];
        const want = [...ir.vhosts.filter((v) => v.kind !== 'any').map((v) => `${v.name} [${v.name},${v.name}.]`), '* [*]'];
        sameMultiset(`envoy ${scheme} virtual hosts`, vhs.map((v) => `${v.name} [${(v.domains ?? []).join(',')}]`), want, problems);
        const irByName = new Map(ir.vhosts.filter((v) => v.kind !== 'any').map((v) => [v.name, v]));
        for (const v of vhs) {
          const irVh = v.name === '*' ? undefined : irByName.get(v.name);
          if (v.name !== '*' && !irVh) continue;
          const expected = v.name === '*' ? envoyExpectedRoutes(ir, ir.vhosts.find((x) => x.kind === 'any'), scheme) : envoyExpectedRoutes(ir, irVh, scheme);
          // A host's own HTTPS routes run its client-certificate script (read back, then left out of the route's policies);
          // error-page marker routes (errors-oracle.ts) come first and are read on their own.
          const auth = scheme === 'https' && irVh?.tls?.clientAuth ? irVh : undefined;
          const isPage = (x: unknown): boolean => typeof x === 'string' && x.startsWith('page ');
          // A wildcard's unknown-host routes come last, and without host-less rules once more first (the deeper names).
          const unknownN = auth?.kind === 'wildcard' ? envoyExpectedRoutes(ir, ir.vhosts.find((x) => x.kind === 'any'), scheme).length : 0;
          const deeperN = auth?.kind === 'wildcard' && !ir.vhosts.some((x) => x.kind === 'any') ? unknownN : 0;
          const ownAll = auth ? expected.length - unknownN : 0;
          const own = expected.slice(deeperN, ownAll).filter((x) => !isPage(x)).length;
          const clusterOf = (id: string): string => (scheme === 'https' && isAutoHttpId(id) ? `${id}.tls` : id);
          let k = 0;
          const routes = (v.routes ?? []).map((r: Any) => {
            if (envoyPageRouteRead(r, clusterOf) !== undefined) return r;
            const i = k++;
            const cfg = { ...(r.typed_per_filter_config ?? {}) };
            const cc = cfg['ingressc.clientcert'];
            if (i >= deeperN && i < deeperN + own) {
              if (cc?.name !== `host:${auth!.name}`) problems.push(`envoy: route ${i} of ${v.name} does not run the host's client-certificate script`);
              const read = envoyClientAuthRead(scripts[cc?.name]?.inline_string, cfg['ingressc.clientcn']);
              if (read !== envoyClientAuthWant(auth!)) problems.push(`envoy: client-certificate check of ${v.name}: ${read}, expected ${envoyClientAuthWant(auth!)}`);
              delete cfg['ingressc.clientcert'];
              delete cfg['ingressc.clientcn'];
            }
            return { ...r, ...(Object.keys(cfg).length ? { typed_per_filter_config: cfg } : { typed_per_filter_config: undefined }) };
          });
          const got = routes.map((x: Any) => envoyPageRouteRead(x, clusterOf) ?? envoyRoute(x));
          if (JSON.stringify(got) !== JSON.stringify(expected)) problems.push(`envoy ${scheme} routes of ${v.name}: expected ${JSON.stringify(expected).slice(0, 300)}, found ${JSON.stringify(got).slice(0, 300)}`);
        }
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------- Traefik

let traefikValidate: Validate | undefined;

const traefikHostRegexp = (suffix: string): string => `^[^.]+\\.${escDots(suffix)}\\.?$`;

export function checkTraefik(ir: RouteTable, files: readonly OutputFile[]): string[] {
  const problems: string[] = [];
  checkFiles('traefik', ir, files, ['traefik.yaml', 'traefik-static.yaml'], problems);
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  const dynText = byPath.get('traefik.yaml');
  const staticText = byPath.get('traefik-static.yaml');
  if (dynText === undefined || staticText === undefined) return [...problems, 'traefik: missing traefik.yaml or traefik-static.yaml'];
  checkComments('traefik', 'traefik.yaml', yamlComments(dynText), problems);
  checkComments('traefik', 'traefik-static.yaml', yamlComments(staticText), problems);
  let dyn: Any;
  let st: Any;
  try {
    dyn = parse(dynText, { uniqueKeys: true });
    st = parse(staticText, { uniqueKeys: true });
  } catch (e) {
    return [...problems, `traefik: YAML does not parse: ${(e as Error).message}`];
  }
  traefikValidate ??= traefikValidator(true);
  for (const err of traefikValidate(dyn)) problems.push(`traefik schema: ${err}`);
  const addr = (a: RouteTable['listen']['http']) => `${a.host}:${a.port}`;
  if (st?.entryPoints?.web?.address !== addr(ir.listen.http) || st?.entryPoints?.websecure?.address !== addr(ir.listen.https)) problems.push('traefik: entry point addresses differ from the IR');
  // Request normalisation: sanitized paths; %2F, %5C, %00 refused, the other reserved escapes allowed.
  const pathRules = { sanitizePath: true, encodedCharacters: { allowEncodedSlash: false, allowEncodedBackSlash: false, allowEncodedNullCharacter: false, allowEncodedSemicolon: true, allowEncodedPercent: true, allowEncodedQuestionMark: true, allowEncodedHash: true } };
  for (const ep of ['web', 'websecure']) if (JSON.stringify(st?.entryPoints?.[ep]?.http) !== JSON.stringify(pathRules)) problems.push(`traefik: entry point ${ep} http options ${JSON.stringify(st?.entryPoints?.[ep]?.http)}`);

  const hostDesc = (vh: VirtualHost): string => (vh.kind === 'exact' ? `Host ${vh.name}` : vh.kind === 'wildcard' ? `HostRegexp ${traefikHostRegexp(vh.wildcardSuffix)}` : '');
  const https = ir.certificates.length > 0;
  const upstreamOk = new Set(ir.upstreams.filter((u) => u.endpoints.length > 0).map((u) => u.id));
  /** Routers expected on an entry point; a route's upstream Host where it proxies (not behind the HTTP redirect). */
  const wantOn = (ep: string): string[] => {
    const want: string[] = [];
    const add = (host: string, paths: string[], r?: Route, redirected = false) => {
      const upHost = r && !redirected && upstreamOk.has(r.upstream) ? upstreamHost(r) : undefined;
      for (const v of clientVariants(r?.policies)) {
        // Redirected plain-HTTP routers only redirect.
        const pol = r && !redirected ? policyDesc(v.policies?.limits ? { ...v.policies, limits: comparableLimits(v.policies.limits) } : v.policies) : '';
        want.push(`${host} | ${paths.sort().join(' , ')}${v.client ? ` [client ${v.client}]` : ''}${pol ? ` (${pol})` : ''}${upHost !== undefined ? ` | Host ${upHost}` : ''}`);
      }
    };
    for (const vh of ir.vhosts) {
      const h = hostDesc(vh);
      // Plain HTTP routers of redirecting routes (the vhost's or the route's HTTPS redirect, or its own redirect) only redirect.
      const redirected = (r: Route): boolean =>
        r.filters?.some((f) => f.type === 'RequestRedirect' && (!f.plainHttpOnly || ep === 'web')) === true || (ep === 'web' && vh.tls?.sslRedirect === true);
      for (const r of vh.exact) add(h, [`Path ${r.path}`], r, redirected(r));
      for (const r of vh.prefix) add(h, r.path === '/' || r.match === 'StringPrefix' ? [`PathPrefix ${r.path}`] : [`Path ${r.path}`, `PathPrefix ${r.path}/`], r, redirected(r));
      for (const r of vh.ordered ?? []) add(h, [`PathRegexp (?i)${routeRegex(r.path, 're2')}`], r, redirected(r));
      // Every vhost ends in a catch-all (a request must match some router for encodedCharacters to apply).
      if (!vh.prefix.some((r) => r.path === '/')) add(h, vh.kind === 'any' ? ['PathPrefix /'] : []);
    }
    if (!ir.vhosts.some((v) => v.kind === 'any')) add('', ['PathPrefix /']);
    return want;
  };
  const services = new Set(Object.keys(dyn?.http?.services ?? {}));
  checkTraefikTimedServices(ir, dyn, problems);
  for (const ep of ['web', ...(https ? ['websecure'] : [])]) {
    const got: string[] = [];
    for (const [name, r] of Object.entries<Any>(dyn?.http?.routers ?? {})) {
      if (!(r.entryPoints ?? []).includes(ep)) continue;
      if (r.service !== 'noop@internal' && !services.has(r.service)) problems.push(`traefik: router ${name} names unknown service ${r.service}`);
      let tree;
      try {
        tree = parseRule(String(r.rule));
      } catch (e) {
        problems.push(`traefik: router ${name}: rule does not parse: ${(e as Error).message}: ${JSON.stringify(r.rule).slice(0, 200)}`);
        continue;
      }
      let host = '';
      const paths: string[] = [];
      // Conjuncts made of ClientIP alone split a route by client address (deny-list, limit-whitelist).
      const clients = conjunctsOf(tree).map(matchersOf).filter((ms) => ms.every((m) => m.name === 'ClientIP'));
      for (const m of matchersOf(tree)) {
        if (m.name === 'Host' || m.name === 'HostRegexp') host = `${m.name} ${m.args[0]}`;
        else if (m.name === 'Path' || m.name === 'PathPrefix' || m.name === 'PathRegexp') paths.push(`${m.name} ${m.args[0]}`);
        else if (!(m.name === 'ClientIP' && clients.some((ms) => ms.includes(m)))) problems.push(`traefik: router ${name} uses matcher ${m.name}`);
      }
      const client = clients.map((ms) => ms.map((m) => m.args[0]).join(',')).join(' & ');
      const pol = traefikRouterPolicy(r.middlewares ?? [], dyn?.http?.middlewares ?? {});
      const hostSets = (r.middlewares ?? []).map((m: string) => dyn?.http?.middlewares?.[m]?.headers?.customRequestHeaders?.Host).filter((x: unknown) => x !== undefined);
      if (hostSets.length > 1) problems.push(`traefik: router ${name} sets the Host ${hostSets.length} times`);
      got.push(`${host} | ${paths.sort().join(' , ')}${client ? ` [client ${client}]` : ''}${pol ? ` (${pol})` : ''}${hostSets.length ? ` | Host ${hostSets[0]}` : ''}`);
    }
    sameMultiset(`traefik routers on ${ep}`, got, wantOn(ep), problems);
  }
  checkTraefikBasicAuth(ir, dyn?.http?.middlewares ?? {}, problems);
  checkTraefikExtAuth(ir, dyn?.http?.middlewares ?? {}, problems);
  checkTraefikErrors(ir, dyn?.http?.middlewares ?? {}, services, problems);
  checkTraefikTransports(ir, dyn, problems);
  checkTraefikRedirects(ir, dyn, problems);
  return problems;
}

/**
 * One service per IR upstream with endpoints, plus copies of them whose serversTransport carries a
 * route's proxy-connect-timeout (dialTimeout) and proxy-read-timeout (responseHeaderTimeout): every
 * route with such timeouts has its copy, and no copy is of anything else.
 */
function checkTraefikTimedServices(ir: RouteTable, dyn: Any, problems: string[]): void {
  const services: Record<string, Any> = dyn?.http?.services ?? {};
  const transports: Record<string, Any> = dyn?.http?.serversTransports ?? {};
  const plain = ir.upstreams.filter((u) => u.endpoints.length > 0).map((u) => u.id);
  const desc = (id: string, connect: unknown, read: unknown): string => `${id} dial ${connect ?? '-'} header ${read ?? '-'}`;
  const possible = new Set<string>();
  const needed = new Set<string>();
  for (const vh of ir.vhosts)
    for (const r of routesOf(vh)) {
      const t = r.policies?.timeouts;
      if (t?.connect === undefined && t?.read === undefined) continue;
      const d = (id: string): string => desc(id, t.connect !== undefined ? `${t.connect}s` : undefined, t.read !== undefined ? `${t.read}s` : undefined);
      for (const id of [r.upstream, ...(r.canary ? [r.canary.upstream] : [])]) if (plain.includes(id)) possible.add(d(id));
      if (!r.canary && plain.includes(r.upstream)) needed.add(d(r.upstream));
    }
  const plainGot: string[] = [];
  const timedGot = new Set<string>();
  for (const [name, svc] of Object.entries(services)) {
    if (plain.includes(name)) {
      plainGot.push(name);
      continue;
    }
    const base = plain.find((id) => name.startsWith(`${id}.timeouts`));
    const ft = transports[svc?.loadBalancer?.serversTransport]?.forwardingTimeouts;
    if (base === undefined || !ft || JSON.stringify(svc.loadBalancer.servers) !== JSON.stringify(services[base]?.loadBalancer?.servers)) problems.push(`traefik: unexpected service ${name}`);
    else timedGot.add(desc(base, ft.dialTimeout, ft.responseHeaderTimeout));
  }
  sameMultiset('traefik services', plainGot, plain, problems);
  for (const d of timedGot) if (!possible.has(d)) problems.push(`traefik: a timed service no route asks for: ${d}`);
  for (const d of needed) if (!timedGot.has(d)) problems.push(`traefik: no timed service for ${d}`);
}

/** The top-level conjuncts of a Traefik rule. */
function conjunctsOf(n: RuleNode): RuleNode[] {
  return n.kind === 'and' ? [...conjunctsOf(n.left), ...conjunctsOf(n.right)] : [n];
}

/**
 * The routers a route's policies call for on Traefik, by client address (the IR's meaning, not the
 * emitter's code): clients in the deny-list refused (an allow-list of nobody, the limits still
 * counted), exempt clients without the limits, and both for a client in both lists; everyone else
 * gets the policies without the deny-list.
 */
function clientVariants(p: RoutePolicies | undefined): { client: string; policies: RoutePolicies | undefined }[] {
  if (!p) return [{ client: '', policies: p }];
  const { sourceDeny, ...rest } = p;
  // The limits themselves carry no exemption: the exempt clients' router has none.
  const { exempt: _e, ...limits } = p.limits ?? { key: '' };
  const base: RoutePolicies = p.limits ? { ...rest, limits } : rest;
  const noLimits = (q: RoutePolicies): RoutePolicies => {
    const { limits: _l, ...rest } = q;
    return rest;
  };
  const exempt = p.limits?.exempt ?? [];
  const out = [{ client: '', policies: base }];
  if (exempt.length) out.push({ client: exempt.join(','), policies: noLimits(base) });
  if (sourceDeny?.length) {
    const refused: RoutePolicies = { ...base, sourceAllow: ['255.255.255.255/32'] };
    out.push({ client: sourceDeny.join(','), policies: refused });
    if (exempt.length) out.push({ client: `${sourceDeny.join(',')} & ${exempt.join(',')}`, policies: noLimits(refused) });
  }
  return out;
}

/**
 * Every redirect the IR answers on a route of an exact host, asked of the Traefik evaluator with
 * POST (Traefik answers GET with 301 where the IR says 308): same status, same Location (its
 * scheme and host compared in lower case: Traefik keeps the Host header's case).
 */
function checkTraefikRedirects(ir: RouteTable, dyn: Any, problems: string[]): void {
  let model: TraefikModel;
  try {
    model = new TraefikModel(dyn ?? {});
  } catch (e) {
    problems.push(`traefik: the evaluator refuses the configuration: ${(e as Error).message}`);
    return;
  }
  const lowerAuthority = (loc: string): string => loc.replace(/^[a-z]+:\/\/[^/?]*/i, (a) => a.toLowerCase());
  for (const vh of ir.vhosts) {
    if (vh.kind !== 'exact') continue;
    for (const r of [...vh.exact, ...vh.prefix]) {
      if (!/^\/[A-Za-z0-9._~\-/]*$/.test(r.path)) continue;
      for (const https of ir.certificates.length > 0 ? [false, true] : [false]) {
        const m = matchRequest(ir, vh.name, r.path, { https, method: 'POST' });
        if (!m.redirect) continue;
        const want = `${m.redirect.status === 301 || m.redirect.status === 308 ? 308 : 307} ${lowerAuthority(m.redirect.location)}`;
        let have: string;
        try {
          const o = model.route({ host: vh.name, path: r.path, https, method: 'POST' });
          have = o.kind === 'redirect' ? `${o.status} ${lowerAuthority(o.location)}` : `${o.kind} ${o.status}`;
        } catch (e) {
          have = `error ${(e as Error).message}`;
        }
        if (want !== have) problems.push(`traefik: POST ${https ? 'https' : 'http'}://${vh.name}${r.path}: IR ${want}, Traefik ${have}`);
      }
    }
  }
}

// ---------------------------------------------------------------- Caddy

const CADDY_HANDLERS = new Set(['subroute', 'invoke', 'static_response']);
/** Handlers a route runs before its action: access checks, the body limit, its filters. */
const CADDY_ROUTE_STEPS = new Set(['subroute', 'request_body', 'headers']);

/** Authentication before a route's action, in the notation of auth-oracles.ts (caddyBasicAuth, caddyExternalAuth). */
function caddyExpectedAuth(r: Route): string {
  const b = r.policies?.basicAuth;
  const e = r.policies?.externalAuth;
  const url = e ? authUrlText({ ...e.url, ...(e.url.port === (e.url.scheme === 'https' ? 443 : 80) ? { port: undefined } : {}), ...(e.url.query === '' ? { query: undefined } : {}) }) : '';
  return `${b ? `basic ${b.users.map((x) => `${x.name}:${x.hash}`).join(',')} realm=${b.realm} then ` : ''}${e ? `external ${e.method ?? 'GET'} ${url} headers=${e.responseHeaders.join(',')}${e.signin ? ` signin=${caddySignin(e.signin)}` : ''}${e.alwaysSetCookie ? ' always-cookie' : ''} then ` : ''}`;
}

/** The steps of a route before its action, in the notation of caddyStep: access, body limit, authentication, rewrite. */
function caddyExpectedSteps(r: Route | undefined): string {
  if (!r) return '';
  const steps: string[] = [];
  // The access subroute holds the source ranges only (authentication comes after the body limit).
  const p = r.policies;
  const access = policyDesc({ ...(p?.sourceDeny ? { sourceDeny: p.sourceDeny } : {}), ...(p?.sourceAllow ? { sourceAllow: p.sourceAllow } : {}) }, { body: false });
  if (access) steps.push(access);
  if ((p?.maxBodyBytes ?? 0) > 0) steps.push(`body ${p!.maxBodyBytes}`);
  const post: string[] = [];
  for (const f of r.filters ?? []) {
    if (f.type === 'URLRewrite') post.push(`rewrite ${renderPortable(parsePortable(f.path.pattern), 're2')} -> ${f.path.replacement}`);
  }
  return steps.map((x) => `${x} + `).join('') + caddyExpectedAuth(r) + post.map((x) => `${x} + `).join('');
}
const caddyWildcard = (suffix: string): string => `*.${suffix}`;
const caddyPrefix = (p: string): string => `^${escDots(p)}(/[\\s\\S]*)?$`;
const caddyStringPrefix = (p: string): string => `^${escDots(p)}[\\s\\S]*$`;

/** The IR's expected routes of one Caddy server, one line per route, independent of the emitter. */
function caddyExpectedRoutes(ir: RouteTable, scheme: 'http' | 'https', httpsPort: number): string[] {
  const act = (id: string | undefined, r?: Route): string => {
    const u = id === undefined ? undefined : ir.upstreams.find((x) => x.id === id);
    if (!u) return 'status 404';
    const settings = [settingsText(r), rewriteDesc(r?.responseRewrites), caddyInterceptDesc(r)].filter((x) => x).join(' ');
    return u.endpoints.length === 0 ? 'status 503' : `proxy ${u.endpoints.map((e) => endpointText(e.host, e.port)).join(',')}${settings ? ` ${settings}` : ''}`;
  };
  const vhostLines = (vh: VirtualHost): string[] => {
    if (scheme === 'http' && vh.tls?.sslRedirect) {
      const base = `https://{http.request.host}${httpsPort === 443 ? '' : `:${httpsPort}`}`;
      // Without preserve-trailing-slash the URI's final "/" is dropped (src/emit/caddy/redirects.ts).
      if (vh.tls.stripTrailingSlash) return [`* => [vars {http.request.uri} ^(.*)/$ {extra} => redirect ${base}{http.regexp.ingressc_uri.1} ; * => redirect ${base}{http.request.uri}]`];
      return [`* => redirect ${base}{http.request.uri}`];
    }
    // Redirects (docs/ir-v2.md; src/emit/caddy/redirects.ts), before proxying; HTTPS-only ones not on HTTPS.
    const base = `https://{http.request.host}${httpsPort === 443 ? '' : `:${httpsPort}`}`;
    const does = (filters: readonly unknown[] | undefined, normal: string): string => {
      const rd = redirectsOf(filters);
      const f = rd.always ?? rd.http;
      if (!f || (f.plainHttpOnly && scheme === 'https')) return normal;
      if (f.location !== undefined) {
        const location = f.location.startsWith('/') && !f.relative ? `{http.request.scheme}://{http.request.host}${f.location}` : f.location;
        return f.statusCode === 308 ? `redirect ${location}` : `status ${f.statusCode}`;
      }
      if (f.hostname !== undefined) {
        const b = `${scheme}://${f.hostname}:${scheme === 'https' ? httpsPort : ir.listen.http.port}`;
        if (f.path) return `redirect ${b}${f.path.value}`;
        return f.stripTrailingSlash ? `[vars {http.request.uri} ^(.*)/$ {extra} => redirect ${b}{http.regexp.ingressc_uri.1} ; * => redirect ${b}{http.request.uri}]` : `redirect ${b}{http.request.uri}`;
      }
      if (f.scheme === 'https' && !f.path) return f.stripTrailingSlash ? `[vars {http.request.uri} ^(.*)/$ {extra} => redirect ${base}{http.regexp.ingressc_uri.1} ; * => redirect ${base}{http.request.uri}]` : `redirect ${base}{http.request.uri}`;
      return f.statusCode === 308 ? `redirect ${f.scheme === 'https' ? base : '{http.request.scheme}://{http.request.hostport}'}${f.path!.value}` : `status ${f.statusCode}`;
    };
    // A redirect answers alone; otherwise the route's steps (access, body, authentication, rewrite) and its action.
    const to = (r: Route): string => does(r.filters, `${caddyErrorsDesc(r)}${caddyExpectedSteps(r)}${act(r.upstream, r)}`);
    const fallback = `* => ${does(vh.fallbackRedirect ? [vh.fallbackRedirect] : undefined, act(vh.fallback))}`;
    if (vh.pathOrder === 'regex-first-match') return [...(vh.ordered ?? []).map((r) => `(?i)${renderPortable(locationRegex(r.path), 're2')} => ${to(r)}`), fallback];
    const lines = vh.exact.map((r) => `^${escDots(r.path)}$ => ${to(r)}`);
    for (const r of vh.prefix) {
      if (r.path === '/') return [...lines, `* => ${to(r)}`];
      lines.push(`${r.match === 'StringPrefix' ? caddyStringPrefix(r.path) : caddyPrefix(r.path)} => ${to(r)}`);
    }
    return [...lines, fallback];
  };
  // The normalisation rule's 400 for %2F, %5C and %00, on the target as received.
  const out: string[] = ['vars {http.request.uri} ^[^?]*%(?:2[fF]|5[cC]|00) => status 400'];
  for (const vh of ir.vhosts) {
    if (vh.kind === 'any') return [...out, ...vhostLines(vh)];
    const name = vh.kind === 'wildcard' ? caddyWildcard(vh.wildcardSuffix) : vh.name;
    out.push(`host ${name},${name}. => [${vhostLines(vh).join(' ; ')}]`);
  }
  return [...out, `* => ${act(ir.defaultUpstream)}`];
}

/**
 * RouteTable.dropRequestHeaders: the route that opens every Caddy server deletes the request
 * headers whose names have "_" (unless kept) or a token character nginx refuses; checked exactly
 * and removed.
 */
function caddyHeaderNamesPrelude(routes: Any[], ir: RouteTable, problems: string[]): Any[] {
  const d = ir.dropRequestHeaders;
  if (!d) return routes;
  const chars = [...(d.underscore ? ['_'] : []), '!', '#', '$', '%', '&', "'", '*', '+', '.', '^', '`', '|', '~'];
  const want = { handle: [{ handler: 'headers', request: { delete: chars.map((c) => `*${c}*`) } }] };
  if (JSON.stringify(routes[0]) !== JSON.stringify(want)) {
    problems.push(`caddy: first route ${JSON.stringify(routes[0]).slice(0, 300)} does not drop the refused header names`);
    return routes;
  }
  return routes.slice(1);
}

/**
 * The forwarded-headers routes that open every Caddy server (ingress-nginx's defaults: X-Real-IP,
 * X-Forwarded-Port/-Scheme, X-Scheme set, X-Original-Forwarded-For from the client's
 * X-Forwarded-For when not empty, Proxy removed, X-Request-ID generated when empty), checked
 * exactly and removed; the routes after them are returned.
 */
function caddyForwardedPrelude(routes: Any[], ir: RouteTable, problems: string[]): Any[] {
  const orig = `{http.request.header.${ir.forwarded?.originalForwardedFor ?? 'X-Forwarded-For'}}`;
  const want = [
    {
      handle: [
        {
          handler: 'headers',
          request: {
            set: { 'X-Real-IP': ['{http.request.remote.host}'], 'X-Forwarded-Port': ['{http.request.local.port}'], 'X-Forwarded-Scheme': ['{http.request.scheme}'], 'X-Scheme': ['{http.request.scheme}'] },
            delete: ['X-Original-Forwarded-For', 'Proxy'],
            replace: { Connection: [{ search_regexp: '(?i)\\b(?:X-Real-IP|X-Forwarded-Port|X-Forwarded-Scheme|X-Scheme|X-Original-Forwarded-For|X-Request-ID)\\b', replace: '' }] },
          },
        },
      ],
    },
    { match: [{ not: [{ vars: { [orig]: [''] } }] }], handle: [{ handler: 'headers', request: { set: { 'X-Original-Forwarded-For': [orig] } } }] },
    ...(ir.forwarded?.generateRequestId === false ? [] : [{ match: [{ vars: { '{http.request.header.X-Request-ID}': [''] } }], handle: [{ handler: 'headers', request: { set: { 'X-Request-ID': ['{http.request.uuid}'] } } }] }]),
  ];
  const at = routes.findIndex((r) => r?.handle?.[0]?.handler === 'headers' && r.handle[0].request);
  if (at < 0 || JSON.stringify(routes.slice(at, at + want.length)) !== JSON.stringify(want)) {
    problems.push(`caddy: forwarded-header routes ${JSON.stringify(routes.slice(Math.max(at, 0), Math.max(at, 0) + want.length)).slice(0, 300)}`);
    return routes;
  }
  return [...routes.slice(0, at), ...routes.slice(at + want.length)];
}

/** What one parsed Caddy route does, in the notation of caddyExpectedRoutes. */
function caddyRoute(r: Any, problems: string[], named: ReadonlyMap<string, string>): string {
  const keys = Object.keys(r ?? {}).filter((k) => !['match', 'handle', 'terminal'].includes(k));
  if (keys.length || r?.terminal !== true) problems.push(`caddy: route ${JSON.stringify(r).slice(0, 200)} is not a plain terminal route`);
  const sets: Any[] = r?.match ?? [];
  if (sets.length > 1) problems.push(`caddy: ${sets.length} matcher sets in one route`);
  let when = '*';
  for (const m of sets) {
    for (const k of Object.keys(m)) if (k !== 'host' && k !== 'path_regexp' && k !== 'vars_regexp') problems.push(`caddy: matcher ${JSON.stringify(k)}`);
    if (m.vars_regexp) when = Object.entries<Any>(m.vars_regexp).map(([k, v]) => `vars ${k} ${v?.pattern}${Object.keys(v ?? {}).length > 1 ? ' {extra}' : ''}`).join(' & ');
    if (m.host) when = `host ${m.host.join(',')}`;
    if (m.path_regexp) when = String(m.path_regexp.pattern) + (Object.keys(m.path_regexp).length > 1 ? ' {extra}' : '');
  }
  // Error pages (errors-oracle.ts): the route's handlers inside a subroute with `errors` routes.
  const { desc: errorsDesc, handlers: all } = caddyErrorsRead(r?.handle ?? [], problems);
  if (all.length === 0) problems.push('caddy: a route without handlers');
  // Steps before authentication: the access subroute and the body limit (route-handlers.ts).
  let k = 0;
  const isRewrite = (x: Any): boolean => x?.handler === 'subroute' && x.routes?.length === 1 && x.routes[0]?.match?.[0]?.vars_regexp?.['{http.request.uri.path}'] !== undefined;
  while (k < all.length - 1 && ((all[k]?.handler === 'subroute' && !isRewrite(all[k])) || all[k]?.handler === 'request_body')) k++;
  const pre = all.slice(0, k).map((x) => `${caddyStep(x, problems)} + `).join('');
  // Basic authentication (auth-oracles.ts reads it back): the http_basic provider, then Authorization removed.
  const rest = all.slice(k);
  const basic = caddyBasicAuth(rest, problems);
  const afterBasic = basic ? rest.slice(2) : rest;
  const external = caddyExternalAuth(afterBasic, problems);
  const auth = `${basic ?? ''}${external ?? ''}`;
  const handlers = external ? afterBasic.slice(1) : afterBasic;
  const h = handlers[handlers.length - 1] ?? {};
  const steps = pre + auth + handlers.slice(0, -1).map((x) => `${caddyStep(x, problems)} + `).join('');
  if (!CADDY_HANDLERS.has(h.handler)) problems.push(`caddy: handler ${JSON.stringify(h.handler)}`);
  let does = '?';
  if (h.handler === 'subroute') does = `[${(h.routes ?? []).map((x: Any) => caddyRoute(x, problems, named)).join(' ; ')}]`;
  else if (h.handler === 'invoke') {
    does = named.get(h.name) ?? '?';
    if (!named.has(h.name) || Object.keys(h).join() !== 'handler,name') problems.push(`caddy: invoke ${JSON.stringify(h).slice(0, 120)}`);
  }
  else if (h.handler === 'static_response') {
    const loc = h.headers?.Location;
    does = h.status_code === 308 && loc?.length === 1 ? `redirect ${loc[0]}` : `status ${h.status_code}`;
    for (const k of Object.keys(h.headers ?? {})) if (k !== 'Location') problems.push(`caddy: response header ${JSON.stringify(k)}`);
    if (Object.keys(h).some((k) => !['handler', 'status_code', 'headers'].includes(k))) problems.push('caddy: static_response with a body or other fields');
  }
  return `${when} => ${errorsDesc}${steps}${does}`;
}

/**
 * One step before a route's action, read back into IR terms: the access subroute (403 for the
 * deny-list, 403 for addresses outside the allow-list), request_body, the rewrite subroute (its
 * whole-path pattern and `{http.regexp.rw.N}` captures), a request header.
 */
function caddyStep(h: Any, problems: string[]): string {
  if (!CADDY_ROUTE_STEPS.has(h?.handler)) {
    problems.push(`caddy: step handler ${JSON.stringify(h?.handler)}`);
    return '?';
  }
  if (h.handler === 'request_body') return `body ${h.max_size}`;
  if (h.handler === 'headers') return Object.entries<Any>(h.request?.set ?? {}).map(([k, v]) => `header ${k}=${v.join(',')}`).join(' + ');
  const routes: Any[] = h.routes ?? [];
  const rw = routes.length === 1 ? routes[0]?.match?.[0]?.vars_regexp?.['{http.request.uri.path}'] : undefined;
  if (rw) {
    const hr = routes[0].handle?.[0];
    const m = /^\(\?i\)\^\(\?:\[\^\\n\]\|\\n\)\*\?\(\?:([\s\S]*)\)\(\?:\[\^\\n\]\|\\n\)\*\\z$/.exec(String(rw.pattern));
    if (rw.name !== 'rw' || !m || hr?.handler !== 'rewrite' || routes[0].handle.length !== 1) problems.push(`caddy: rewrite step ${JSON.stringify(h).slice(0, 200)}`);
    return `rewrite ${m?.[1] ?? '?'} -> ${String(hr?.uri).replace(/\{http\.regexp\.rw\.([1-9])\}/g, '{$1}')}`;
  }
  const parts: string[] = [];
  for (const x of routes) {
    const set = x?.match?.[0] ?? {};
    const ok = x?.terminal === true && x?.handle?.length === 1 && x.handle[0].handler === 'static_response' && x.handle[0].status_code === 403;
    if (!ok) problems.push(`caddy: access route ${JSON.stringify(x).slice(0, 200)}`);
    if (set.client_ip) parts.push(`deny ${set.client_ip.ranges.join(' ')}`);
    else if (set.not?.[0]?.client_ip) parts.push(`allow ${set.not[0].client_ip.ranges.join(' ')}`);
    else problems.push(`caddy: access matcher ${JSON.stringify(set).slice(0, 200)}`);
  }
  return parts.join('; ');
}

/** Caddy's host pattern semantics: same number of labels, `*` takes any one label. */
const caddyCovers = (pattern: string, name: string): boolean => {
  const p = pattern.split('.'), n = name.split('.');
  return p.length === n.length && p.every((l, i) => l === '*' || l === n[i]);
};

/**
 * Replaces each group route by its children. A group's subroute holds only host routes. An
 * exact-host group is terminal and lists exactly the union of its children's names (else a name
 * could enter the group and then miss every child: Caddy's empty 200). A wildcard group lists
 * only `*.*.<rest>` patterns covering every child pattern, and is not terminal, so a host it
 * takes that no child matches goes on to the next routes.
 */
function flattenHostGroups(routes: Any[], problems: string[]): Any[] {
  const out: Any[] = [];
  for (const r of routes) {
    const children: Any[] = r?.handle?.[0]?.handler === 'subroute' ? (r.handle[0].routes ?? []) : [];
    const isGroup = r?.match?.[0]?.host && children.length > 0 && children.every((c) => Array.isArray(c?.match?.[0]?.host));
    if (!isGroup) {
      out.push(r);
      continue;
    }
    if (!['match,handle,terminal', 'match,handle'].includes(Object.keys(r).join()) || r.match.length !== 1 || Object.keys(r.match[0]).join() !== 'host' || r.handle.length !== 1)
      problems.push(`caddy: host group ${JSON.stringify(r).slice(0, 200)} is not a plain host route`);
    const names: string[] = r.match[0].host;
    const below: string[] = children.flatMap((c) => c.match[0].host);
    if (names.every((n) => n.startsWith('*.*.'))) {
      if (r.terminal !== undefined) problems.push(`caddy: wildcard group ${JSON.stringify(names)} is terminal`);
      for (const n of below) if (!names.some((p) => caddyCovers(p, n))) problems.push(`caddy: wildcard group ${JSON.stringify(names)} does not cover ${JSON.stringify(n)}`);
    } else {
      if (r.terminal !== true) problems.push(`caddy: host group ${JSON.stringify(names.slice(0, 3))} is not terminal`);
      sameMultiset('caddy host group', names, below, problems);
    }
    out.push(...flattenHostGroups(children, problems));
  }
  return out;
}

export function checkCaddy(ir: RouteTable, files: readonly OutputFile[]): string[] {
  const problems: string[] = [];
  checkFiles('caddy', ir, files, ['caddy.json', ...clientCaFiles(ir)], problems);
  const text = files.find((f) => f.path === 'caddy.json')?.content;
  if (text === undefined) return [...problems, 'caddy: no caddy.json'];
  let c: Any;
  try {
    c = JSON.parse(text);
  } catch (e) {
    return [...problems, `caddy: caddy.json does not parse: ${(e as Error).message}`];
  }
  // Canonical form: no duplicate keys (Go keeps the last one), nothing outside the values.
  if (caddyJson(c) !== text) problems.push('caddy: caddy.json is not in the canonical form of its own value');
  sameMultiset('caddy top-level keys', Object.keys(c ?? {}), ['admin', 'storage', 'logging', 'apps'], problems);
  if (JSON.stringify(c?.admin) !== JSON.stringify({ disabled: true, config: { persist: false } })) problems.push(`caddy: admin ${JSON.stringify(c?.admin)}`);
  if (JSON.stringify(c?.storage) !== JSON.stringify({ module: 'file_system', root: 'caddy-data' })) problems.push(`caddy: storage ${JSON.stringify(c?.storage)}`);
  const https = ir.certificates.length > 0 && ir.defaultCertificate !== undefined;
  sameMultiset('caddy apps', Object.keys(c?.apps ?? {}), ['http', ...(https ? ['tls'] : [])], problems);
  const servers = c?.apps?.http?.servers ?? {};
  sameMultiset('caddy servers', Object.keys(servers), ['http', ...(https ? ['https'] : [])], problems);
  const addr = (a: RouteTable['listen']['http']) => `${a.host}:${a.port}`;
  for (const [name, s] of Object.entries<Any>(servers)) {
    const scheme = name === 'https' ? 'https' : 'http';
    if (JSON.stringify(s.listen) !== JSON.stringify([addr(ir.listen[scheme])])) problems.push(`caddy: ${name} listens on ${JSON.stringify(s.listen)}`);
    if (s.automatic_https?.disable !== true) problems.push(`caddy: automatic HTTPS is on for ${name}`);
    const named = new Map<string, string>();
    for (const [name, nr] of Object.entries<Any>(s.named_routes ?? {})) {
      // `<id>.v<n>`: a route's own Host (request header) and timeouts (transport) on its upstream;
      // `<id>.errors`: an error upstream's page (errors-oracle.ts).
      const page = /\.errors$/.test(name);
      const u = ir.upstreams.find((x) => x.id === name.replace(/\.(?:v[0-9]+|errors)$/, ''));
      const { desc: intercept, rp: read } = caddyInterceptRead(page ? (caddyErrorPageRead(nr, problems, name) ?? {}) : nr?.handle?.[0], problems);
      // The upstream's protocol (backend-oracle.ts): transport TLS / h2c checked and set aside.
      const rp = u && read?.handler === 'reverse_proxy' ? caddyProtocolRead(read, u, scheme, problems, name) : read;
      if (!u) problems.push(`caddy: named route ${JSON.stringify(name)} is no IR upstream`);
      if (!page && (Object.keys(nr ?? {}).join() !== 'handle' || nr.handle.length !== 1 || rp?.handler !== 'reverse_proxy')) problems.push(`caddy: named route ${JSON.stringify(name)} is not one reverse_proxy`);
      if (page && intercept) problems.push(`caddy: error page ${JSON.stringify(name)} intercepts statuses`);
      const hostSet: unknown = rp?.headers?.request?.set?.Host;
      const host = Array.isArray(hostSet) && hostSet.length === 1 ? String(hostSet[0]) : undefined;
      const replace = rp?.headers?.response?.replace;
      const rewrites = caddyRewriteRead(replace);
      if (!rewrites) problems.push(`caddy: reverse_proxy of ${JSON.stringify(name)}: response replacements ${JSON.stringify(replace).slice(0, 200)}`);
      // Other request headers (X-Forwarded-Prefix, a stand-in's X-Code...) must be ones a route of this upstream sets.
      const others = Object.entries<Any>(rp?.headers?.request?.set ?? {}).filter(([k]) => k !== 'Host');
      const setByRoutes = new Set(ir.vhosts.flatMap((vh) => routesOf(vh)).filter((r) => r.upstream === u?.id).flatMap((r) => otherHeaderSets(r).map((h) => JSON.stringify([h.name, [h.value]]))));
      for (const [k, v] of others) if (!setByRoutes.has(JSON.stringify([k, v])) && !String(v).includes('{http.request.header.Accept}')) problems.push(`caddy: reverse_proxy of ${JSON.stringify(name)} sets ${k}: ${JSON.stringify(v)}, which no route of it sets`);
      const request = { ...(host !== undefined ? { Host: [host] } : {}), ...Object.fromEntries(others) };
      const wantHeaders = JSON.stringify({ ...(Object.keys(request).length ? { request: { set: request } } : {}), response: { set: { Server: ['Caddy'] }, ...(replace !== undefined ? { replace } : {}) } });
      const tr = rp?.transport;
      const trKeys = Object.keys(tr ?? {});
      const dur = (k: string): number | undefined => (tr?.[k] === undefined ? undefined : /^[0-9]+s$/.test(String(tr[k])) ? parseInt(tr[k], 10) : NaN);
      if (
        !['handler,upstreams,load_balancing,headers', 'handler,upstreams,load_balancing,headers,transport'].includes(Object.keys(rp ?? {}).join()) ||
        JSON.stringify(rp.headers) !== wantHeaders ||
        (tr !== undefined && (tr.protocol !== 'http' || trKeys.some((k) => !['protocol', 'dial_timeout', 'read_timeout', 'write_timeout'].includes(k)) || trKeys.length < 2))
      )
        problems.push(`caddy: reverse_proxy of ${JSON.stringify(name)} has other fields: ${JSON.stringify(rp).slice(0, 200)}`);
      const settings = settingsText({
        ...(host !== undefined ? { filters: [{ type: 'RequestHeaderModifier' as const, set: [{ name: 'Host', value: host }] }] } : {}),
        ...(tr ? { policies: { timeouts: { connect: dur('dial_timeout'), send: dur('write_timeout'), read: dur('read_timeout') } } } : {}),
      });
      const dials: string[] = (rp?.upstreams ?? []).map((x: Any) => x.dial);
      if (u) sameMultiset(`caddy named route ${name}`, dials, u.endpoints.map((e) => endpointText(e.host, e.port)), problems);
      const all = [settings, rewriteDesc(rewrites), intercept].filter((x) => x).join(' ');
      named.set(name, page ? (u?.id ?? '?') : `proxy ${dials.join(',')}${all ? ` ${all}` : ''}`);
    }
    // Client certificates: the routes opening such a host's subroute on HTTPS, exactly, then the usual checks on the rest.
    const authHost = (r: Any): VirtualHost | undefined => ir.vhosts.find((v) => v.tls?.clientAuth && r?.match?.[0]?.host?.[0] === (v.kind === 'wildcard' ? caddyWildcard(v.wildcardSuffix) : v.name));
    const stripAuth = (r: Any): Any => {
      const vh = scheme === 'https' ? authHost(r) : undefined;
      if (!vh) return r;
      const want = caddyClientAuthRoutes(vh);
      const sub: Any[] = r.handle?.[0]?.routes ?? [];
      if (JSON.stringify(sub.slice(0, want.length)) !== JSON.stringify(want)) problems.push(`caddy: client-certificate routes of ${vh.name}: ${JSON.stringify(sub.slice(0, want.length)).slice(0, 300)}`);
      return { ...r, handle: [{ ...r.handle[0], routes: sub.slice(want.length) }] };
    };
    const got = flattenHostGroups(caddyForwardedPrelude(caddyHeaderNamesPrelude(s.routes ?? [], ir, problems), ir, problems), problems).map(stripAuth).map((r: Any) => caddyRoute(r, problems, named));
    const want = caddyExpectedRoutes(ir, scheme, ir.listen.https.port);
    if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`caddy ${name} routes: expected ${JSON.stringify(want).slice(0, 400)}, found ${JSON.stringify(got).slice(0, 400)}`);
    if (scheme === 'https') {
      const sni = new Set(ir.vhosts.map((v) => (v.kind === 'wildcard' ? caddyWildcard(v.wildcardSuffix) : v.name)));
      const tags = new Set(ir.certificates.map((x) => x.id));
      const authPolicies = ir.vhosts.filter((v) => v.tls?.clientAuth).map((v) => JSON.stringify(caddyClientAuthPolicy(v)));
      sameMultiset('caddy client-certificate policies', (s.tls_connection_policies ?? []).filter((p: Any) => p.client_authentication).map((p: Any) => JSON.stringify(p)), authPolicies, problems);
      if (authPolicies.length && s.strict_sni_host !== false) problems.push('caddy: strict_sni_host is not off where client certificates are asked for');
      for (const p of s.tls_connection_policies ?? []) {
        for (const n of p.match?.sni ?? []) if (!sni.has(n)) problems.push(`caddy: SNI ${JSON.stringify(n)} is no IR host`);
        for (const t of p.certificate_selection?.any_tag ?? []) if (!tags.has(t)) problems.push(`caddy: certificate tag ${JSON.stringify(t)}`);
      }
    }
  }
  const certFiles = certs(ir);
  for (const f of c?.apps?.tls?.certificates?.load_files ?? []) for (const p of [f.certificate, f.key]) if (!certFiles.has(p)) problems.push(`caddy: certificate file ${JSON.stringify(p)}`);
  return problems;
}

export const ORACLES: Record<TargetName, (ir: RouteTable, files: readonly OutputFile[]) => string[]> = {
  nginx: checkNginx,
  haproxy: checkHaproxy,
  envoy: checkEnvoy,
  traefik: checkTraefik,
  caddy: checkCaddy,
  'gateway-api': checkGatewayApi,
};

/** The Location Caddy must send to auth-signin (IR: SigninRedirect), placeholders for the request's parts. */
function caddySignin(sg: NonNullable<NonNullable<RoutePolicies['externalAuth']>['signin']>): string {
  const has = sg.query !== undefined && sg.query.split('&').some((kv) => kv.split('=')[0] === sg.redirectParam);
  const host = sg.host === undefined ? '{http.request.host}' : sg.host.includes(':') ? `[${sg.host}]` : sg.host;
  const rest = `${sg.port !== undefined ? `:${sg.port}` : ''}${sg.path}${sg.query !== undefined ? `?${sg.query}` : ''}`;
  return `${sg.scheme}://${host}${rest}${has ? '' : `${sg.query !== undefined ? '&' : '?'}${sg.redirectParam}={http.request.scheme}://{http.request.hostport}{http.request.uri_escaped}`}`;
}
