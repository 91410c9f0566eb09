/**
 * The fuzz oracle's view of request limits (limit-rps, limit-rpm, limit-connections,
 * limit-whitelist, limit-rate), re-derived from the IR: the nginx zones and location lines, the
 * HAProxy stick tables and rules. Written from the IR contract (docs/ir-v2.md "Request limits"),
 * not from the emitters.
 */
import { createHash } from 'node:crypto';
import type { ClientAuth, RateLimitBucket, RefusalStatus, RequestLimits, RoutePolicies, RouteTable, VirtualHost } from '../../src/index.js';
import { parsePortable, renderPortable } from '../../src/ir/regex.js';
import { routesOf } from '../../src/ir/types.js';

/** Every counter set any route uses, by key. */
export function limitSets(ir: RouteTable): Map<string, RequestLimits> {
  const out = new Map<string, RequestLimits>();
  for (const vh of ir.vhosts) for (const r of routesOf(vh)) if (r.policies?.limits) out.set(r.policies.limits.key, r.policies.limits);
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

// ---------------------------------------------------------------- nginx

export const NGINX_LIMIT_DIRECTIVES = ['limit_conn', 'limit_req', 'limit_rate', 'limit_rate_after'];
export const NGINX_LIMIT_HTTP = ['geo', 'limit_req_zone', 'limit_conn_zone', 'limit_req_status', 'limit_conn_status'];

const stem = (key: string): string => `ingressc_${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;

/** A location's limit lines, as "name args". */
export function nginxLimitLines(p: RoutePolicies | undefined): string[] {
  const out: string[] = [];
  const l = p?.limits;
  if (l) {
    const s = stem(l.key);
    if (l.connections !== undefined) out.push(`limit_conn ${s}_conn ${l.connections}`);
    if (l.perMinute) out.push(`limit_req zone=${s}_rpm burst=${l.perMinute.burst} nodelay`);
    if (l.perSecond) out.push(`limit_req zone=${s}_rps burst=${l.perSecond.burst} nodelay`);
  }
  if (p?.bandwidth) {
    if (p.bandwidth.afterKiB > 0) out.push(`limit_rate_after ${p.bandwidth.afterKiB}k`);
    out.push(`limit_rate ${p.bandwidth.rateKiB}k`);
  }
  return out;
}

/** http level: the zone lines, the maps (args) and the geo blocks (args → body lines) the limits need. */
export function nginxLimitHttp(ir: RouteTable): { zones: string[]; maps: Map<string, string>; geos: Map<string, string> } {
  const zones: string[] = [];
  const maps = new Map<string, string>();
  const geos = new Map<string, string>();
  for (const [key, l] of limitSets(ir)) {
    const s = stem(key);
    let v = '$binary_remote_addr';
    if (l.exempt?.length) {
      geos.set(`$${s}_exempt`, ['default 0', ...l.exempt.map((c) => `${c} 1`)].join('\n'));
      maps.set(`$${s}_exempt $${s}_key`, '0 $binary_remote_addr\n1 ');
      v = `$${s}_key`;
    }
    if (l.connections !== undefined) zones.push(`limit_conn_zone ${v} zone=${s}_conn:5m`);
    if (l.perMinute) zones.push(`limit_req_zone ${v} zone=${s}_rpm:5m rate=${l.perMinute.rate}r/m`);
    if (l.perSecond) zones.push(`limit_req_zone ${v} zone=${s}_rps:5m rate=${l.perSecond.rate}r/s`);
  }
  // The ConfigMap's refusal statuses, whether or not a route is limited (nginx.tmpl writes them in the http block).
  if (ir.limitStatus?.requests !== undefined) zones.push(`limit_req_status ${ir.limitStatus.requests}`);
  if (ir.limitStatus?.connections !== undefined) zones.push(`limit_conn_status ${ir.limitStatus.connections}`);
  return { zones, maps, geos };
}

// ---------------------------------------------------------------- HAProxy

/** Table-only backends (header → lines) and exempt files (path → CIDRs) of the limits. */
export function haproxyLimitTables(ir: RouteTable): { tables: Map<string, string[]>; files: Map<string, string[]>; index: Map<string, number> } {
  const tables = new Map<string, string[]>();
  const files = new Map<string, string[]>();
  const index = new Map<string, number>();
  let n = 0;
  for (const [key, l] of limitSets(ir)) {
    index.set(key, ++n);
    if (l.connections !== undefined) tables.set(`backend lim${n}.conn`, ['stick-table type ipv6 size 100k expire 10m store conn_cur']);
    for (const [suffix, b, period] of [['rpm', l.perMinute, 60_000], ['rps', l.perSecond, 1000]] as const) {
      if (!b) continue;
      const w = Math.max(1, Math.ceil(((b.burst + 1) * period) / b.rate));
      tables.set(`backend lim${n}.${suffix}`, [`stick-table type ipv6 size 100k expire ${w * 2}ms store gpc(1),gpc_rate(1,${w}ms)`]);
    }
    if (l.exempt?.length) files.set(`acl/lim${n}.exempt.lst`, l.exempt);
  }
  return { tables, files, index };
}

/** The limit rules of a policy backend (after the body-size rule, before the source ranges). */
/** HAProxy's refusal: a deny with its error page when it has one for the status (2.6's list), else a bare return. */
const haproxyRefuse = (status = 503): string =>
  [400, 401, 403, 404, 405, 407, 408, 410, 413, 421, 422, 425, 429, 500, 501, 502, 503, 504].includes(status) ? `http-request deny deny_status ${status}` : `http-request return status ${status}`;

export function haproxyLimitRules(p: RoutePolicies, index: Map<string, number>, status: RefusalStatus = {}): string[] {
  const l = p.limits;
  if (!l) return [];
  const n = index.get(l.key)!;
  const unless = l.exempt?.length ? ` unless { src -f acl/lim${n}.exempt.lst }` : '';
  const out: string[] = [];
  if (l.connections !== undefined) out.push(`http-request track-sc2 src table lim${n}.conn${unless}`, `${haproxyRefuse(status.connections)} if { sc_conn_cur(2) gt ${l.connections} }`);
  const b = [
    { s: 'rpm', b: l.perMinute, period: 60_000, sc: 1 },
    { s: 'rps', b: l.perSecond, period: 1000, sc: 0 },
  ].filter((x) => x.b);
  for (const x of b) out.push(`http-request track-sc${x.sc} src table lim${n}.${x.s}${unless}`);
  for (const x of b) out.push(`${haproxyRefuse(status.requests)} if { sc_gpc_rate(0,${x.sc}) ge ${x.b!.burst + 1} }`);
  for (const x of b) out.push(`http-request sc-inc-gpc(0,${x.sc})`);
  return out;
}

// ---------------------------------------------------------------- nginx client certificates

/** The server-level lines (as "name args") a TLS server of a host with client certificates must hold. */
export function nginxClientAuthServer(c: ClientAuth | undefined): string[] {
  if (!c) return [];
  const out = [`ssl_client_certificate client-ca/${c.caId}.crt`, `ssl_verify_client ${c.verify}`, `ssl_verify_depth ${c.depth}`];
  if (c.errorPage !== undefined) out.push(`error_page 495 496 = ${c.errorPage}`);
  if (c.matchCN !== undefined) out.push(`if ($ssl_client_s_dn !~ ${renderPortable(parsePortable(c.matchCN), 'pcre')} ) { return 403 }`);
  return out;
}

/** The ssl-client-* request headers (proxy_set_header arguments) every proxied request of the host carries. */
export function nginxClientAuthHeaders(c: ClientAuth | undefined): string[] {
  if (!c) return [];
  return ['ssl-client-verify $ssl_client_verify', 'ssl-client-subject-dn $ssl_client_s_dn', 'ssl-client-issuer-dn $ssl_client_i_dn', ...(c.passCertificate ? ['ssl-client-cert $ssl_client_escaped_cert'] : [])];
}

export const NGINX_CLIENT_AUTH_SERVER = ['ssl_client_certificate', 'ssl_verify_client', 'ssl_verify_depth', 'proxy_set_header'];

/** Is this server-level directive one of the client-certificate lines (so the other checks skip it)? */
export const isClientAuthDirective = (d: { name: string; args: string[] }): boolean =>
  ['ssl_client_certificate', 'ssl_verify_client', 'ssl_verify_depth', 'proxy_set_header'].includes(d.name) || (d.name === 'error_page' && d.args[0] === '495') || (d.name === 'if' && d.args[0] === '($ssl_client_s_dn');

/** One CA file per Secret a host uses. */
export const clientCaFiles = (ir: RouteTable): string[] => [...new Set(ir.vhosts.flatMap((v) => (v.tls?.clientAuth ? [`client-ca/${v.tls.clientAuth.caId}.crt`] : [])))];

// ---------------------------------------------------------------- HAProxy client certificates

/** The crt-list lines: each certificate with its hosts that need no client certificate (or "!*"), then one line per host that does. */
export function haproxyCrtList(ir: RouteTable): string[] {
  const auth = ir.vhosts.filter((v) => v.tls?.clientAuth && v.tls.certificate !== undefined);
  const names = new Set(auth.map((v) => v.name));
  return [
    ...ir.certificates.map((c) => {
      const plain = c.hosts.filter((h) => !names.has(h));
      return [`certs/${c.id}.crt`, ...(plain.length ? plain : ['!*'])].join(' ');
    }),
    ...auth.map((v) => `certs/${v.tls!.certificate}.crt [verify optional ca-file client-ca/${v.tls!.clientAuth!.caId}.crt] ${v.name}`),
  ];
}

/** The quoted arguments the client-certificate rules carry: the error page per refusal rule, the subject pattern. */
export function haproxyClientAuthQuoted(ir: RouteTable): string[] {
  return ir.vhosts.flatMap((v) => {
    const c = v.tls?.clientAuth;
    if (!c) return [];
    const refusals = c.verify === 'on' ? 2 : c.verify === 'optional' ? 1 : 0;
    return [...(c.errorPage !== undefined ? Array<string>(refusals).fill(c.errorPage) : []), ...(c.matchCN !== undefined ? [renderPortable(parsePortable(c.matchCN), 'pcre')] : [])];
  });
}

// ---------------------------------------------------------------- Caddy client certificates

const escRe = (s: string): string => s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');

/** The routes that open the subroute of a host with client certificates on the HTTPS server. */
export function caddyClientAuthRoutes(vh: VirtualHost): unknown[] {
  const c = vh.tls?.clientAuth;
  if (!c) return [];
  const der = '{http.request.tls.client.certificate_der_base64}';
  const noCert = { vars_regexp: { [der]: { pattern: '^$' } } };
  const sni = vh.kind === 'wildcard' ? `(?i)^[^.]+\\.${escRe(vh.wildcardSuffix)}$` : `(?i)^${escRe(vh.name)}$`;
  const refuse = c.errorPage !== undefined ? { handler: 'static_response', status_code: 302, headers: { Location: [c.errorPage] } } : { handler: 'static_response', status_code: 400 };
  return [
    { match: [{ not: [{ vars_regexp: { '{http.request.tls.server_name}': { pattern: sni } } }] }], handle: [{ handler: 'static_response', status_code: 421 }], terminal: true },
    ...(c.verify === 'on' ? [{ match: [noCert], handle: [refuse], terminal: true }] : []),
    ...(c.matchCN !== undefined ? [{ match: [{ not: [{ vars_regexp: { '{http.request.tls.client.subject}': { pattern: renderPortable(parsePortable(c.matchCN), 're2') } } }] }], handle: [{ handler: 'static_response', status_code: 403 }], terminal: true }] : []),
    { match: [noCert], handle: [{ handler: 'headers', request: { set: { 'ssl-client-verify': ['NONE'] }, delete: ['ssl-client-subject-dn', 'ssl-client-issuer-dn', 'ssl-client-cert'] } }] },
    {
      match: [{ not: [noCert] }],
      handle: [{ handler: 'headers', request: { set: { 'ssl-client-verify': ['SUCCESS'], 'ssl-client-subject-dn': ['{http.request.tls.client.subject}'], 'ssl-client-issuer-dn': ['{http.request.tls.client.issuer}'] }, delete: ['ssl-client-cert'] } }],
    },
  ];
}

/** The connection policy of a host with client certificates. */
export function caddyClientAuthPolicy(vh: VirtualHost): unknown {
  const c = vh.tls!.clientAuth!;
  return {
    match: { sni: [vh.kind === 'wildcard' ? `*.${vh.wildcardSuffix}` : vh.name] },
    certificate_selection: { any_tag: [vh.tls!.certificate] },
    client_authentication: { trusted_ca_certs_pem_files: [`client-ca/${c.caId}.crt`], mode: 'verify_if_given' },
  };
}

// ---------------------------------------------------------------- Envoy limits and client certificates

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const PERIODS = { rps: 1000, rpm: 60_000 } as const;

/** The Envoy http filters (in order, after the normalisation) that client certificates and limits need. */
export function envoyAccessFilters(ir: RouteTable): string[] {
  const hosts = ir.vhosts.filter((v) => v.tls?.clientAuth);
  const sets = [...limitSets(ir).values()].filter((l) => l.perMinute || l.perSecond);
  return [
    ...(hosts.length ? ['ingressc.clientcert'] : []),
    ...(hosts.some((v) => v.tls!.clientAuth!.matchCN !== undefined) ? ['ingressc.clientcn'] : []),
    ...(sets.some((l) => l.exempt?.length) ? ['ingressc.limit-exempt'] : []),
    ...(sets.length ? ['envoy.filters.http.local_ratelimit'] : []),
  ];
}

/** The local rate limit's buckets by "ingress limit exempt?" (set by readEnvoyLimitFilter). */
const envoyBuckets = new Map<string, Any>();

/** Reads the connection manager's local_ratelimit filter: what it refuses (the IR's status, else 503), its default bucket (unlimited), its descriptors. */
export function readEnvoyLimitFilter(filters: Any[], problems: string[], status = 503): void {
  envoyBuckets.clear();
  const f = filters.find((x) => x.name === 'envoy.filters.http.local_ratelimit');
  if (!f) return;
  const c = f.typed_config ?? {};
  if (c.status?.code !== status) problems.push(`envoy: local_ratelimit answers ${JSON.stringify(c.status)}, not ${status}`);
  if (c.always_consume_default_token_bucket !== false || (c.token_bucket?.max_tokens ?? 0) < 1e9) problems.push('envoy: local_ratelimit default bucket limits requests no descriptor names');
  for (const k of ['filter_enabled', 'filter_enforced']) if (c[k]?.default_value?.numerator !== 100 || c[k]?.default_value?.denominator !== 'HUNDRED') problems.push(`envoy: local_ratelimit ${k} is not 100%`);
  for (const d of c.descriptors ?? []) {
    const e: Any[] = d.entries ?? [];
    const keys = e.map((x) => x.key).join(',');
    if (keys !== 'ingress,limit,remote_address' && keys !== 'ingress,limit,exempt,remote_address') problems.push(`envoy: descriptor entries ${keys}`);
    if (e[e.length - 1]?.value !== '' || (e.length === 4 && e[2].value !== 'allowed')) problems.push(`envoy: descriptor ${JSON.stringify(e)} is not per client`);
    envoyBuckets.set(`${e[0]?.value} ${e[1]?.value} ${e.length === 4}`, d.token_bucket);
  }
}

/** A route's limits read back from its descriptors (route.rate_limits), the buckets they name and its exemption list. */
export function envoyReadLimits(route: Any, exemptCfg: Any): RequestLimits | string | undefined {
  const rls: Any[] | undefined = route.route?.rate_limits;
  if (!rls) return exemptCfg ? 'exemption list without limits' : undefined;
  let exempt: string[] | undefined;
  if (exemptCfg) {
    const sh = exemptCfg.rbac?.shadow_rules;
    const pol = sh?.policies?.limited;
    if (exemptCfg.rbac?.rules !== undefined || sh?.action !== 'ALLOW' || JSON.stringify(pol?.permissions) !== '[{"any":true}]' || pol?.principals?.length !== 1) return `unexpected exemption ${JSON.stringify(exemptCfg).slice(0, 200)}`;
    exempt = (pol.principals[0].not_id?.or_ids?.ids ?? []).map((x: Any) => `${x.remote_ip.address_prefix}/${x.remote_ip.prefix_len}`);
  }
  const out: RequestLimits = { key: '' };
  const got: Partial<Record<'rps' | 'rpm', RateLimitBucket>> = {};
  for (const rl of rls) {
    const a: Any[] = rl.actions ?? [];
    const ing = a[0]?.generic_key;
    const lim = a[1]?.generic_key;
    const ex = a.length === 4 ? a[2]?.metadata : undefined;
    if (ing?.descriptor_key !== 'ingress' || lim?.descriptor_key !== 'limit' || JSON.stringify(a[a.length - 1]) !== '{"remote_address":{}}') return `unexpected rate_limits ${JSON.stringify(rl).slice(0, 200)}`;
    if ((a.length === 4) !== (exempt !== undefined) || (ex && (ex.source !== 'DYNAMIC' || ex.metadata_key?.key !== 'envoy.filters.http.rbac' || ex.metadata_key?.path?.[0]?.key !== 'ingressc_limit_shadow_engine_result' || ex.descriptor_key !== 'exempt')))
      return `exemption ${JSON.stringify(a).slice(0, 200)}`;
    if (out.key && out.key !== ing.descriptor_value) return 'one route, two Ingress keys';
    out.key = ing.descriptor_value;
    const period = PERIODS[lim.descriptor_value as 'rps' | 'rpm'];
    const tb = envoyBuckets.get(`${ing.descriptor_value} ${lim.descriptor_value} ${a.length === 4}`);
    if (!period || !tb) return `no bucket for ${ing.descriptor_value} ${lim.descriptor_value}`;
    const fillMs = Number(/^([0-9.]+)s$/.exec(tb.fill_interval)?.[1]) * 1000;
    const rate = (tb.tokens_per_fill * period) / fillMs;
    if (!Number.isInteger(rate) || fillMs < 50 || tb.tokens_per_fill > tb.max_tokens) return `bucket ${JSON.stringify(tb)} is not a whole rate a ${lim.descriptor_value}`;
    got[lim.descriptor_value as 'rps' | 'rpm'] = { rate, burst: tb.max_tokens - 1 };
  }
  if (got.rpm) out.perMinute = got.rpm;
  if (got.rps) out.perSecond = got.rps;
  if (exempt) out.exempt = exempt;
  return out;
}

/** Lua string literals of a script, decoded (the emitter escapes every byte but letters and digits). */
const luaStrings = (src: string): string[] => [...src.matchAll(/"((?:[^"\\]|\\[0-9]{3})*)"/g)].map((m) => m[1]!.replace(/\\([0-9]{3})/g, (_, d: string) => String.fromCharCode(Number(d))));

/** What a host's client-certificate script and CN check enforce, read back, as a description. */
export function envoyClientAuthRead(script: string | undefined, cn: Any): string {
  if (script === undefined) return 'no script';
  const s = luaStrings(script);
  const sni = s.find((x) => x.startsWith('^'));
  const page = /\["location"\] = "/.test(script) ? s[s.indexOf('location') + 1] : undefined;
  const verify = script.includes('if not presented or (presented and not valid) then') ? 'on' : script.includes('if (presented and not valid) then') ? 'optional' : script.includes('if false then') ? 'optional_no_ca' : '?';
  const pass = script.includes('hs:add("ssl-client-cert", ssl:urlEncodedPemEncodedPeerCertificate())');
  let match: string | undefined;
  if (cn) {
    const p = cn.rbac?.rules?.policies?.['match-cn']?.principals?.[0];
    match = p?.header?.name === 'ssl-client-subject-dn' ? (/^\(\?s\)\.\*\(\?:([\s\S]*)\)\.\*$/.exec(p.header.string_match?.safe_regex?.regex ?? '')?.[1] ?? '?') : '?';
  }
  return JSON.stringify({ sni, verify, page, pass, match });
}

/** The same description from the IR: the SNI as a Lua pattern, exactly one label for a wildcard. */
export function envoyClientAuthWant(vh: VirtualHost): string {
  const c = vh.tls!.clientAuth!;
  const lit = (x: string): string => x.replace(/[^A-Za-z0-9]/g, (ch) => `%${ch}`);
  const sni = vh.kind === 'wildcard' ? `^[^.]+%.${lit(vh.wildcardSuffix)}$` : `^${lit(vh.name)}$`;
  return JSON.stringify({ sni, verify: c.verify, page: c.errorPage, pass: c.passCertificate, match: c.matchCN === undefined ? undefined : renderPortable(parsePortable(c.matchCN), 're2') });
}

/** The HTTPS filter chains client certificates need: "server_names | CA file | depth" (nginx depth + 1, the leaf not counted). */
export function envoyClientAuthChainsWant(ir: RouteTable): string[] {
  const groups = new Map<string, string[]>();
  for (const v of ir.vhosts) {
    const c = v.tls?.clientAuth;
    if (!c) continue;
    const k = `client-ca/${c.caId}.crt | ${c.depth + 1}`;
    groups.set(k, [...(groups.get(k) ?? []), v.kind === 'wildcard' ? `*.${v.wildcardSuffix}` : v.name]);
  }
  return [...groups].map(([k, names]) => `${names.join(',')} | ${k}`);
}
