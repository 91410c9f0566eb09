/**
 * The fuzz oracle's view of request limits (limit-rps, limit-rpm, limit-connections,
 * limit-whitelist, limit-rate), re-derived from the IR: the nginx zones and location lines, the
 * HAProxy stick tables and rules. Written from the IR contract (docs/ir-v2.md "Request limits"),
 * not from the emitters.
 */
import { createHash } from 'node:crypto';
import type { ClientAuth, RequestLimits, RoutePolicies, RouteTable, VirtualHost } from '../../src/index.js';
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
export const NGINX_LIMIT_HTTP = ['geo', 'limit_req_zone', 'limit_conn_zone'];

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
export function haproxyLimitRules(p: RoutePolicies, index: Map<string, number>): string[] {
  const l = p.limits;
  if (!l) return [];
  const n = index.get(l.key)!;
  const unless = l.exempt?.length ? ` unless { src -f acl/lim${n}.exempt.lst }` : '';
  const out: string[] = [];
  if (l.connections !== undefined) out.push(`http-request track-sc2 src table lim${n}.conn${unless}`, `http-request deny deny_status 503 if { sc_conn_cur(2) gt ${l.connections} }`);
  const b = [
    { s: 'rpm', b: l.perMinute, period: 60_000, sc: 1 },
    { s: 'rps', b: l.perSecond, period: 1000, sc: 0 },
  ].filter((x) => x.b);
  for (const x of b) out.push(`http-request track-sc${x.sc} src table lim${n}.${x.s}${unless}`);
  for (const x of b) out.push(`http-request deny deny_status 503 if { sc_gpc_rate(0,${x.sc}) ge ${x.b!.burst + 1} }`);
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
