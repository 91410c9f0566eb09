/**
 * The fuzz oracle's view of per-route policies (source ranges, body sizes), re-derived from the
 * IR independently of the emitters: what each target's output must say for each route, and
 * nothing more.
 */
import { authUrlOf, traefikLimitsOf } from './traefik-oracles.js';
import { locationRegex, renderPortable } from '../../src/ir/regex.js';
import { envoyErrorsRead, envoyRewriteRead } from './errors-oracle.js';
import type { Route, RoutePolicies, RouteTable, VirtualHost } from '../../src/index.js';
import { createHash } from 'node:crypto';
import { upstreamHost } from '../../src/ir/types.js';
import { envoyAccessFilters, envoyReadLimits, haproxyLimitRules, haproxyLimitTables, NGINX_LIMIT_DIRECTIVES, nginxLimitLines } from './limit-oracles.js';

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const hasRange = (p: RoutePolicies | undefined): boolean => p?.sourceAllow !== undefined || p?.sourceDeny !== undefined;
const bodyLimit = (p: RoutePolicies | undefined): number => p?.maxBodyBytes ?? 0;

/** A route's enforced policies as one comparable string (targets without deny-lists never get one). */
export function policyDesc(p: RoutePolicies | undefined, opts: { body?: boolean } = {}): string {
  if (!p) return '';
  const parts: string[] = [];
  if (p.sourceDeny) parts.push(`deny ${p.sourceDeny.join(' ')}`);
  if (p.sourceAllow) parts.push(`allow ${p.sourceAllow.join(' ')}`);
  if (opts.body !== false && bodyLimit(p) > 0) parts.push(`body ${bodyLimit(p)}`);
  if (p.limits) parts.push(`limits ${JSON.stringify(p.limits)}`);
  if (p.basicAuth) parts.push(`basic ${p.basicAuth.secret}`);
  if (p.externalAuth) parts.push(`external ${authUrlText(p.externalAuth.url)}`);
  if (p.satisfy) parts.push(`satisfy ${p.satisfy}`);
  return parts.join('; ');
}

// ---------------------------------------------------------------- nginx

/** Directives a location may hold for its route's policies, in order. */
export const NGINX_POLICY_DIRECTIVES = new Set(['deny', 'allow', 'client_max_body_size', 'client_body_buffer_size', 'try_files', ...NGINX_LIMIT_DIRECTIVES]);

export function nginxExpectedPolicy(r: Route | undefined, upstreamEmpty: boolean): string[] {
  const p = r?.policies;
  if (!p) return [];
  const out: string[] = nginxLimitLines(p);
  if (p.maxBodyBytes !== undefined) out.push(`client_max_body_size ${p.maxBodyBytes}`);
  if (p.bodyBufferSize !== undefined) out.push(`client_body_buffer_size ${p.bodyBufferSize}`);
  // The limited broadcast address is never a peer, and nginx cannot parse it: left out.
  const usable = (c: string): boolean => c !== '255.255.255.255/32';
  for (const c of (p.sourceDeny ?? []).filter(usable)) out.push(`deny ${c}`);
  if (p.sourceAllow) out.push(...p.sourceAllow.filter(usable).map((c) => `allow ${c}`), 'deny all');
  if ((hasRange(p) || p.basicAuth || p.externalAuth) && upstreamEmpty) out.push('try_files /.ingressc-no-endpoints =503');
  return out;
}

/** The IR route a location serves: "= /p" what /p matches, "^~ /p/" the prefix /p, "/" the root prefix. */
export function nginxLocationRoute(vh: VirtualHost | undefined, args: string[]): Route | undefined {
  if (!vh) return undefined;
  const [mod, path] = args.length === 1 ? ['', args[0]!] : [args[0]!, args[1]!];
  // A string prefix is its path as written; a Prefix `/a` is `^~ /a/`.
  if (mod === '^~') return vh.prefix.find((r) => r.match === 'StringPrefix' && r.path === path) ?? vh.prefix.find((r) => r.match !== 'StringPrefix' && r.path === path.slice(0, -1));
  if (mod === '~*') return vh.ordered?.find((r) => renderPortable(locationRegex(r.path), 'pcre') === path);
  if (mod === '=') return vh.exact.find((r) => r.path === path) ?? [...vh.prefix].find((r) => path === r.path || r.path === '/' || path.startsWith(`${r.path}/`));
  return vh.prefix.find((r) => r.path === '/');
}

// ---------------------------------------------------------------- HAProxy

export interface HaproxyPolicyBackend {
  name: string;
  upstream: string;
  policies: RoutePolicies;
  files: Record<string, string[]>;
  rules: string[];
}

/** One backend per distinct (upstream, enforced policies), numbered in IR route order. */
export function haproxyPolicyBackends(ir: RouteTable): { byRoute: Map<Route, string>; list: HaproxyPolicyBackend[] } {
  const byKey = new Map<string, HaproxyPolicyBackend>();
  const byRoute = new Map<Route, string>();
  const list: HaproxyPolicyBackend[] = [];
  const { index } = haproxyLimitTables(ir);
  for (const vh of ir.vhosts)
    // Regex-mode routes too (their headers are set in the frontend, their policies on the backend).
    for (const r of [...vh.exact, ...vh.prefix, ...(vh.ordered ?? [])]) {
      if (!hasRange(r.policies) && bodyLimit(r.policies) === 0 && !r.policies?.limits && !r.policies?.basicAuth && !r.policies?.externalAuth) continue;
      // Its Host and timeouts are on the backend too: routes that differ there get backends of their own.
      const t = r.policies?.timeouts;
      const key = `${r.upstream} ${policyDesc(r.policies)} ${JSON.stringify([upstreamHost(r) ?? null, t?.connect ?? null, t?.send ?? null, t?.read ?? null, r.policies?.basicAuth?.realm ?? null, r.policies?.externalAuth ?? null])}`;
      let b = byKey.get(key);
      if (!b) {
        const n = list.length + 1;
        const p = r.policies!;
        const files: Record<string, string[]> = {};
        const rules: string[] = [];
        if (bodyLimit(p) > 0) rules.push(`http-request deny deny_status 413 if { req.hdr_val(content-length) gt ${bodyLimit(p)} }`);
        rules.push(...haproxyLimitRules(p, index, ir.limitStatus));
        // satisfy any with authentication: the address no longer refuses alone.
        const addressRefuses = p.satisfy !== 'any' || !(p.basicAuth || p.externalAuth);
        const address = [...(p.sourceDeny ? [`!{ src -f acl/p${n}.deny.lst }`] : []), ...(p.sourceAllow ? [`{ src -f acl/p${n}.allow.lst }`] : [])];
        // satisfy any with auth-url: the auth service is asked unless the password or the address admits.
        const anyExternal = p.satisfy === 'any' && p.externalAuth !== undefined;
        if (p.sourceDeny) {
          files[`acl/p${n}.deny.lst`] = p.sourceDeny;
          if (addressRefuses) rules.push(`http-request deny deny_status 403 if { src -f acl/p${n}.deny.lst }`);
        }
        if (p.sourceAllow) {
          files[`acl/p${n}.allow.lst`] = p.sourceAllow;
          if (addressRefuses) rules.push(`http-request deny deny_status 403 unless { src -f acl/p${n}.allow.lst }`);
        }
        const userlist = p.basicAuth ? `ul_${p.basicAuth.secret.replace('/', '_')}` : '';
        if (p.basicAuth && !anyExternal) {
          const admitted = p.satisfy === 'any' ? address : [];
          // The parser keeps a quoted word with its leading quote only: the realm is one word.
          rules.push(`http-request auth realm '${p.basicAuth.realm || ' '} unless { http_auth(ul_${p.basicAuth.secret.replace('/', '_')}) }${admitted.length ? ` || ${admitted.join(' ')}` : ''}`, 'http-request del-header Authorization');
        }
        if (p.externalAuth) {
          const admitted = anyExternal ? [...(p.basicAuth ? [`{ http_auth(${userlist}) }`] : []), ...(address.length ? [address.join(' ')] : [])] : [];
          rules.push(`http-request lua.ingressc_auth ${createHash('sha256').update(JSON.stringify(p.externalAuth)).digest('hex').slice(0, 16)}${admitted.length ? ` unless ${admitted.join(' || ')}` : ''}`);
          if (p.externalAuth.alwaysSetCookie && ir.upstreams.find((u) => u.id === r.upstream)?.endpoints.length === 0)
            rules.push('http-request return status 503 hdr Set-Cookie %[var(txn.ingressc_auth_cookie)] if { var(txn.ingressc_auth_cookie) -m found }');
          if (anyExternal && p.basicAuth) rules.push('http-request del-header Authorization');
        }
        b = { name: `p${n}.be_${r.upstream}`, upstream: r.upstream, policies: p, files, rules };
        byKey.set(key, b);
        list.push(b);
      }
      byRoute.set(r, b.name);
    }
  return { byRoute, list };
}

// ---------------------------------------------------------------- Envoy

/** The http filters between the normalisation filters and the router. */
export function envoyPolicyFilters(ir: RouteTable): string[] {
  const routes = ir.vhosts.flatMap((v) => [...v.exact, ...v.prefix, ...(v.ordered ?? [])]);
  return [
    ...envoyAccessFilters(ir),
    ...(routes.some((r) => hasRange(r.policies)) ? ['envoy.filters.http.rbac'] : []),
    ...(routes.some((r) => r.policies?.basicAuth) ? ['envoy.filters.http.basic_auth'] : []),
    ...(routes.some((r) => r.policies?.externalAuth) ? ['ingressc.ext_auth'] : []),
    ...(routes.some((r) => bodyLimit(r.policies) > 0) ? ['envoy.filters.http.buffer'] : []),
  ];
}

export const authUrlText = (u: { scheme: string; host: string; port?: number; path: string; query?: string }): string =>
  `${u.scheme}://${u.host.includes(':') ? `[${u.host}]` : u.host}${u.port !== undefined ? `:${u.port}` : ''}${u.path}${u.query !== undefined ? `?${u.query}` : ''}`;

/** The IR's external auth configurations by the script name the Envoy output must give them (set by checkEnvoy). */
export const extAuthByName = new Map<string, NonNullable<RoutePolicies['externalAuth']>>();

/** Reads an emitted route's typed_per_filter_config back into a policy description. */
export function envoyRoutePolicy(route: Any): string {
  const cfg = route?.typed_per_filter_config ?? {};
  const p: RoutePolicies = {};
  // Request limits (limit-oracles.ts): the route's descriptors and the buckets they name.
  const limits = envoyReadLimits(route, cfg['ingressc.limit-exempt']);
  if (typeof limits === 'string') return limits;
  if (limits) p.limits = limits;
  const cidrs = (or: Any): string[] => (or?.or_ids?.ids ?? []).map((x: Any) => `${x.remote_ip.address_prefix}/${x.remote_ip.prefix_len}`);
  const rbac = cfg['envoy.filters.http.rbac'];
  if (rbac) {
    const pol = rbac.rbac?.rules?.policies ?? {};
    const names = Object.keys(pol);
    if (rbac.rbac?.rules?.action !== 'ALLOW' || names.length !== 1 || JSON.stringify(pol[names[0]!].permissions) !== '[{"any":true}]') return `unexpected rbac ${JSON.stringify(rbac).slice(0, 200)}`;
    const principals: Any[] = pol[names[0]!].principals ?? [];
    if (principals.length !== 1) return 'unexpected principals';
    const parts: Any[] = principals[0].and_ids ? principals[0].and_ids.ids : [principals[0]];
    for (const part of parts) {
      if (part.not_id) p.sourceDeny = cidrs(part.not_id);
      else if (part.or_ids) p.sourceAllow = cidrs(part);
      else return `unexpected principal ${JSON.stringify(part).slice(0, 100)}`;
    }
  }
  const buf = cfg['envoy.filters.http.buffer'];
  if (buf) p.maxBodyBytes = buf.buffer?.max_request_bytes;
  const basic = cfg['envoy.filters.http.basic_auth'];
  if (basic) {
    const m = /^auth\/([a-z0-9-]+)_([a-z0-9.-]+)\.htpasswd$/.exec(basic.users?.filename ?? '');
    if (!m || Object.keys(basic).length !== 2 || Object.keys(basic.users).length !== 1) return `unexpected basic_auth ${JSON.stringify(basic).slice(0, 200)}`;
    if (JSON.stringify(route.request_headers_to_remove) !== '["authorization"]') return 'basic auth without removing Authorization';
    p.basicAuth = { secret: `${m[1]}/${m[2]}`, realm: '', users: [] };
  } else if (route.request_headers_to_remove !== undefined) return `unexpected request_headers_to_remove ${JSON.stringify(route.request_headers_to_remove)}`;
  const ext = cfg['ingressc.ext_auth'];
  if (ext) {
    const a = extAuthByName.get(ext.name);
    if (!a || Object.keys(ext).length !== 2) return `unexpected ext_auth ${JSON.stringify(ext).slice(0, 200)}`;
    p.externalAuth = a;
  }
  const extra = Object.keys(cfg).filter((k) => !['envoy.filters.http.rbac', 'envoy.filters.http.buffer', 'envoy.filters.http.basic_auth', 'ingressc.ext_auth', 'ingressc.response', 'ingressc.limit-exempt', 'envoy.filters.http.custom_response'].includes(k));
  if (extra.length) return `unexpected filters ${extra.join(',')}`;
  // Response rewrites and error pages (errors-oracle.ts): read back.
  return [policyDesc(p), envoyRewriteRead(cfg['ingressc.response']), envoyErrorsRead(cfg['envoy.filters.http.custom_response'])].filter((x) => x).join('; ');
}

// ---------------------------------------------------------------- Traefik

/** A router's policy middlewares read back (status middlewares — ipAllowList with 404/503 — are not policies). */
// (authUrlOf: traefik-oracles.ts.)
export function traefikRouterPolicy(names: readonly string[], middlewares: Record<string, Any>): string {
  const p: RoutePolicies = {};
  for (const n of names) {
    const m = middlewares[n];
    if (m?.ipAllowList && m.ipAllowList.rejectStatusCode === 403) p.sourceAllow = m.ipAllowList.sourceRange;
    if (m?.buffering) p.maxBodyBytes = m.buffering.maxRequestBodyBytes;
    const basic = /^ingressc-basic-([a-z0-9-]+)_([a-z0-9.-]+)-[0-9]+$/.exec(n);
    if (m?.basicAuth && basic && m.basicAuth.removeHeader === true) p.basicAuth = { secret: `${basic[1]}/${basic[2]}`, realm: m.basicAuth.realm ?? '', users: [] };
    else if (m?.basicAuth) return `unexpected basicAuth middleware ${n}`;
    if (m?.rateLimit || m?.inFlightReq) {
      const l = traefikLimitsOf(names, middlewares);
      if (typeof l === 'string') return l;
      p.limits = l;
    }
    if (m?.forwardAuth) p.externalAuth = { url: authUrlOf(String(m.forwardAuth.address)) ?? { scheme: 'unreadable', host: String(m.forwardAuth.address), path: '' } } as NonNullable<RoutePolicies['externalAuth']>;
  }
  return policyDesc(p);
}
