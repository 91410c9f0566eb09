/**
 * Read-backs of the Traefik middlewares for external auth, request limits and error pages: each
 * middleware the output holds must say exactly what some IR route asks for (policy-oracles.ts
 * compares each router's chain with its route).
 */
import { routesOf, type RouteTable } from '../../src/ir/types.js';
import { authUrlText } from './policy-oracles.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

/** forwardAuth.address back to the IR's URL fields (the address is the URL as written, IPv6 in brackets). */
export function authUrlOf(address: string): { scheme: string; host: string; port?: number; path: string; query?: string } | undefined {
  const m = /^(https?):\/\/(\[[0-9a-f:.]+\]|[^/:?[\]]+)(?::([0-9]+))?(\/[^?]*)(?:\?(.*))?$/.exec(address);
  if (!m) return undefined;
  return { scheme: m[1]!, host: m[2]!.replace(/^\[|\]$/g, ''), ...(m[3] !== undefined ? { port: Number(m[3]) } : {}), path: m[4]!, ...(m[5] !== undefined ? { query: m[5] } : {}) };
}

/** Every forwardAuth (with its -in/-out headers) is one IR external auth, exactly. */
export function checkTraefikExtAuth(ir: RouteTable, middlewares: Record<string, Any>, problems: string[]): void {
  const want = new Map<string, NonNullable<NonNullable<ReturnType<typeof routesOf>[number]['policies']>['externalAuth']>>();
  for (const vh of ir.vhosts) for (const r of routesOf(vh)) if (r.policies?.externalAuth) want.set(authUrlText(r.policies.externalAuth.url), r.policies.externalAuth);
  for (const [name, m] of Object.entries(middlewares)) {
    if (!m?.forwardAuth) continue;
    const f = m.forwardAuth;
    const a = want.get(String(f.address));
    if (!/^ingressc-extauth-[0-9]+$/.test(name) || !a) {
      problems.push(`traefik: forwardAuth ${name} to ${String(f.address).slice(0, 120)} of no IR external auth`);
      continue;
    }
    if (f.trustForwardHeader !== false) problems.push(`traefik: ${name} trusts the client's X-Forwarded-*`);
    if (JSON.stringify(f.authResponseHeaders ?? []) !== JSON.stringify(a.responseHeaders)) problems.push(`traefik: ${name} copies ${JSON.stringify(f.authResponseHeaders)}, the IR ${JSON.stringify(a.responseHeaders)}`);
    if (Object.keys(f).some((k) => !['address', 'trustForwardHeader', 'authResponseHeaders', 'tls'].includes(k))) problems.push(`traefik: ${name} ${JSON.stringify(f).slice(0, 200)}`);
    const pre = middlewares[`${name}-in`]?.headers?.customRequestHeaders;
    if (!pre || pre['X-Original-URL'] !== '' || pre['X-Original-Method'] !== '' || pre['X-Auth-Request-Redirect'] !== (a.requestRedirect ?? '')) problems.push(`traefik: ${name}-in does not clear the client's X-Original-* or set X-Auth-Request-Redirect: ${JSON.stringify(pre).slice(0, 200)}`);
  }
}

/** Limits as a Traefik router's chain can say them: the Ingress key (the counters' scope) is in no middleware, so it is left out on both sides. */
export function comparableLimits(l: NonNullable<NonNullable<ReturnType<typeof routesOf>[number]['policies']>['limits']>): typeof l {
  return { key: '', ...(l.connections !== undefined ? { connections: l.connections } : {}), ...(l.perMinute ? { perMinute: l.perMinute } : {}), ...(l.perSecond ? { perSecond: l.perSecond } : {}), ...(l.exempt ? { exempt: l.exempt } : {}) };
}

/** A router's rateLimit / inFlightReq middlewares read back as IR limits (burst = Traefik's burst − 1), or a problem. */
export function traefikLimitsOf(names: readonly string[], middlewares: Record<string, Any>): ReturnType<typeof comparableLimits> | string | undefined {
  const l: ReturnType<typeof comparableLimits> = { key: '' };
  let any = false;
  for (const n of names) {
    const m = middlewares[n];
    if (!m?.rateLimit && !m?.inFlightReq) continue;
    any = true;
    const sc = JSON.stringify((m.rateLimit ?? m.inFlightReq).sourceCriterion);
    if (sc !== '{"ipStrategy":{"depth":0}}') return `${n} counts by ${sc} (not the peer address)`;
    if (m.inFlightReq) l.connections = m.inFlightReq.amount;
    else if (m.rateLimit.period === '1s') l.perSecond = { rate: m.rateLimit.average, burst: m.rateLimit.burst - 1 };
    else if (m.rateLimit.period === '1m') l.perMinute = { rate: m.rateLimit.average, burst: m.rateLimit.burst - 1 };
    else return `${n} has period ${String(m.rateLimit.period)}`;
  }
  return any ? comparableLimits(l) : undefined;
}

/**
 * Every errors middleware is some IR route's error pages exactly (its codes, its error Service, or
 * noop@internal rewritten to 404 without one), and IR error pages are not dropped altogether.
 */
export function checkTraefikErrors(ir: RouteTable, middlewares: Record<string, Any>, services: ReadonlySet<string>, problems: string[]): void {
  const want = new Set<string>();
  for (const vh of ir.vhosts)
    for (const r of routesOf(vh)) {
      const e = r.errors;
      if (!e || e.codes.length === 0) continue;
      const svc = e.upstream === undefined ? 'noop@internal -> 404' : services.has(e.upstream) ? e.upstream : 'noop@internal';
      want.add(`${e.codes.join(',')} ${svc}`);
    }
  let seen = 0;
  for (const [name, m] of Object.entries(middlewares)) {
    if (!m?.errors) continue;
    seen++;
    const e = m.errors;
    const rewrites = JSON.stringify(e.statusRewrites ?? null);
    const svc = e.service === 'noop@internal' && rewrites === '{"400-599":404}' ? 'noop@internal -> 404' : rewrites === 'null' ? String(e.service) : `${String(e.service)} rewrites ${rewrites}`;
    const got = `${(e.status ?? []).join(',')} ${svc}`;
    if (!/^ingressc-errors-[0-9]+$/.test(name) || !want.has(got) || e.query !== '/') problems.push(`traefik: errors middleware ${name} (${got}, query ${String(e.query)}) is no IR route's error pages`);
  }
  if (want.size > 0 && seen === 0) problems.push('traefik: the IR has error pages and the output no errors middleware');
}

/**
 * proxy-ssl-*: every service of an upstream with TLS settings that dials https names a
 * serversTransport saying exactly them (verification against the Secret's CA file for the IR's
 * name, else insecureSkipVerify; the SNI; the client certificate files); above all no upstream that
 * must verify its backend is dialled with verification off.
 */
export function checkTraefikTransports(ir: RouteTable, dyn: Any, problems: string[]): void {
  const transports: Record<string, Any> = dyn?.http?.serversTransports ?? {};
  for (const [name, svc] of Object.entries<Any>(dyn?.http?.services ?? {})) {
    const lb = svc?.loadBalancer;
    if (!lb) continue;
    const id = name.replace(/(\.tls)?(\.sticky[0-9]+)?$/, '');
    const u = ir.upstreams.find((x) => x.id === id);
    const https = (lb.servers ?? []).some((s: Any) => String(s.url).startsWith('https://'));
    if (!u) continue;
    if (!u.tls || !https) {
      if (lb.serversTransport !== undefined) problems.push(`traefik: service ${name} names serversTransport ${String(lb.serversTransport)} without IR TLS settings to apply`);
      continue;
    }
    const t = transports[String(lb.serversTransport)];
    if (!t) {
      problems.push(`traefik: service ${name} dials https with IR TLS settings ${JSON.stringify(u.tls)} but names no serversTransport`);
      continue;
    }
    const v = u.tls.verify;
    const want = {
      ...((v?.name ?? u.tls.sni) !== undefined ? { serverName: v?.name ?? u.tls.sni } : {}),
      insecureSkipVerify: v === undefined,
      ...(v ? { rootCAs: [`certs/${v.ca}.ca.crt`] } : {}),
      ...(u.tls.clientCertificate !== undefined ? { certificates: [{ certFile: `certs/${u.tls.clientCertificate}.client.crt`, keyFile: `certs/${u.tls.clientCertificate}.client.key` }] } : {}),
    };
    if (JSON.stringify(t) !== JSON.stringify(want)) problems.push(`traefik: serversTransport ${String(lb.serversTransport)} of ${name} is ${JSON.stringify(t)}, the IR says ${JSON.stringify(want)}`);
  }
}
