/**
 * The nginx oracle's view of error pages (RouteErrors, src/emit/nginx/errors.ts): a location's
 * error-page directives are exactly the route's, and each named location `@e<code>_<upstream>`
 * (`@e_none`: no error backend) says exactly what the IR's contract needs.
 */
import { otherHeaderSets, routesOf, upstreamHost, type Route, type RouteErrors, type RouteTable, type Upstream } from '../../src/ir/types.js';
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
    standIn.add('proxy_set_header X-Request-ID $ingressc_req_id');
    for (const h of otherHeaderSets(route)) standIn.add(`proxy_set_header ${h.name} ${h.value}`);
    if (upstreamHost(route) === undefined)
      for (const l of ['Connection ', 'Host $http_host', 'X-Forwarded-For $proxy_add_x_forwarded_for', 'X-Forwarded-Proto $scheme', 'X-Forwarded-Host $http_host']) standIn.add(`proxy_set_header ${l}`);
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

/** ingress-nginx's $req_id as an http-level map: present exactly when some route has error pages. */
export const REQUEST_ID_MAP = '$http_x_request_id $ingressc_req_id';
export const requestIdMap = (ir: RouteTable): string[] => (ir.vhosts.some((v) => routesOf(v).some((r) => r.errors)) ? [REQUEST_ID_MAP] : []);
