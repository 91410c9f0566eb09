import { createHash } from 'node:crypto';
import { goRegexp } from './go-regexp.js';
import { basicCredentials, verifyPassword } from '../../src/ir/access.js';
import { ipInRanges } from './ip.js';
import { canonicalHost, requestPath } from './request.js';
import { compileRule, type MatchInput, type Predicate } from './rule-match.js';
import { parseRule } from './rule-parser.js';
import { checkLimit, LimitState, type InFlightReqConf, type RateLimitConf } from './limits.js';
import { chooseTlsOptions, misdirected, type OptionsChoice, type TlsOption } from './tls-options.js';
import { authRequest, checkForwardAuth, copiedAuthHeaders, forwardAuthRefusal, headersNow, NeedsAuth, type AuthReply, type AuthRequest, type ForwardAuthConf } from './forward-auth.js';

/**
 * What Traefik v3 does with one request, given a dynamic configuration (the parsed traefik.yaml),
 * without a Traefik binary:
 *  - the entry point: `web` for plain HTTP, `websecure` for HTTPS (names configurable);
 *  - the candidate routers: those on that entry point (all entry points when a router lists
 *    none), with `tls` for HTTPS requests and without it for plain ones;
 *  - they are tried by priority, highest first (an absent or 0 priority is the rule's length);
 *    the first whose rule matches wins. Traefik's sort is unstable, so two matching routers with
 *    the same priority have no defined winner: the evaluator throws AmbiguousRouteError;
 *  - no router: 404;
 *  - the router's middlewares in order (redirectScheme, redirectRegex, ipAllowList, basicAuth,
 *    buffering, replacePathRegex, headers: customRequestHeaders, CORS preflight answers,
 *    customResponseHeaders and accessControl* on the way back; compress recorded on the proxied
 *    outcome), then its service (a loadBalancer
 *    → proxied, a sticky cookie choosing the server; noop@internal → 418).
 * Configuration errors that make Traefik drop a router (unknown service or middleware, bad rule)
 * throw when the model is built.
 */
export interface DynamicHttp {
  routers?: Record<string, RouterConf>;
  services?: Record<string, { loadBalancer?: { servers?: { url: string }[]; passHostHeader?: boolean; sticky?: { cookie?: CookieConf }; serversTransport?: string }; weighted?: { services: { name: string; weight: number }[] }; mirroring?: MirroringConf }>;
  middlewares?: Record<string, MiddlewareConf>;
  /** TLS to the servers of the services that name one (the evaluator checks the reference; backend-evaluate.ts the handshake). */
  serversTransports?: Record<string, { serverName?: string; insecureSkipVerify?: boolean; rootCAs?: string[]; certificates?: { certFile: string; keyFile: string }[] }>;
}

/** A mirroring service (pkg/server/service/loadbalancer/mirror): `service` answers; each mirror gets a copy of `percent` of the requests. */
export interface MirroringConf {
  service: string;
  mirrors?: { name: string; percent?: number }[];
  maxBodySize?: number;
}

/** A copy a mirroring service sends: to its mirror's servers, with the request as proxied (path, and Host unless passHostHeader). */
export interface MirrorCopy {
  service: string;
  servers: string[];
  percent: number;
  forwardedPath: string;
  forwardedHost: string | undefined;
}

export interface RouterConf {
  entryPoints?: string[];
  rule: string;
  priority?: number;
  middlewares?: string[];
  service: string;
  tls?: object;
}

export interface MiddlewareConf {
  redirectScheme?: { scheme: string; permanent?: boolean; port?: string };
  redirectRegex?: { regex: string; replacement: string; permanent?: boolean };
  ipAllowList?: { sourceRange: string[]; rejectStatusCode?: number };
  buffering?: { maxRequestBodyBytes?: number };
  replacePathRegex?: { regex: string; replacement: string };
  /**
   * customRequestHeaders: Traefik sets the request's Host from a "Host" key; other keys are request
   * headers. customResponseHeaders and the accessControl* options: see corsPreflight / responseHeaders below.
   */
  headers?: HeadersConf;
  /** users "name:hash" ($apr1$ and {SHA} are checked here; Traefik also knows bcrypt). */
  basicAuth?: { users?: string[]; realm?: string; removeHeader?: boolean };
  /** address, trustForwardHeader false, authResponseHeaders, tls.insecureSkipVerify (forward-auth.ts). */
  forwardAuth?: ForwardAuthConf;
  rateLimit?: RateLimitConf;
  inFlightReq?: InFlightReqConf;
  /** status (codes and ranges), statusRewrites, service, query ({status}, {originalStatus}; {url} is not modelled). */
  errors?: { status: string[]; statusRewrites?: Record<string, number>; service: string; query?: string };
  /** Recorded on the proxied outcome only: compression is the response's encoding, not routing. */
  compress?: CompressConf;
}

/** compress (pkg/middlewares/compress): the fields ingressc writes. */
export interface CompressConf {
  encodings?: string[];
  includedContentTypes?: string[];
  minResponseBodyBytes?: number;
}

/** loadBalancer.sticky.cookie (pkg/config/dynamic/http_config.go Cookie). */
export interface CookieConf {
  name?: string;
  secure?: boolean;
  httpOnly?: boolean;
  sameSite?: string;
  maxAge?: number;
  path?: string;
  domain?: string;
}

export interface HeadersConf {
  customRequestHeaders?: Record<string, string>;
  customResponseHeaders?: Record<string, string>;
  accessControlAllowOriginList?: string[];
  accessControlAllowOriginListRegex?: string[];
  accessControlAllowMethods?: string[];
  accessControlAllowHeaders?: string[];
  accessControlExposeHeaders?: string[];
  accessControlAllowCredentials?: boolean;
  accessControlMaxAge?: number;
}

const HEADERS_KEYS = ['customRequestHeaders', 'customResponseHeaders', 'accessControlAllowOriginList', 'accessControlAllowOriginListRegex', 'accessControlAllowMethods', 'accessControlAllowHeaders', 'accessControlExposeHeaders', 'accessControlAllowCredentials', 'accessControlMaxAge'];

export type { AuthReply, AuthRequest, ForwardAuthConf } from './forward-auth.js';

export interface EvalRequest {
  /** Host header as sent (may carry a port or upper case); absent = none sent. */
  host?: string;
  /** Request target: path plus optional query. */
  path: string;
  method?: string;
  https?: boolean;
  /** A list is several lines of one header. */
  headers?: Record<string, string | readonly string[]>;
  /** Connection source address; the e2e runner connects from loopback. */
  clientIp?: string;
  /** Request body length (declared or chunked: buffering counts what it reads). */
  bodyBytes?: number;
  /** HTTPS: the SNI the client sent (absent: the Host header's host, as clients send it). */
  sni?: string;
  /** Still in progress after its answer (sent at once with others) until TraefikModel.limits.settle(): inFlightReq counts it. */
  concurrent?: boolean;
}

export type Outcome =
  | {
      kind: 'proxied';
      status: 200;
      router: string;
      service: string;
      servers: string[];
      /** With a sticky cookie: the server chosen (else any of `servers`, by weighted round robin). */
      server?: string;
      forwardedPath: string;
      forwardedHost: string | undefined;
      /** Request headers the middlewares set (lowercase names; "" = removed). */
      setHeaders: Record<string, string>;
      /** Response headers the headers middlewares set (canonical names; "" = removed), over whatever the upstream sent; absent: none passed. */
      responseHeaders?: Record<string, string>;
      /** The compress middleware the response passes through, if any. */
      compress?: CompressConf;
      /** Copies sent by a mirroring service on the way (absent: none). */
      mirrors?: MirrorCopy[];
    }
  | { kind: 'redirect'; status: 301 | 302 | 307 | 308; router: string; location: string; responseHeaders?: Record<string, string> }
  /** The errors middleware replaced the answer `original`: the error service's answer to GET `forwardedPath`, sent with `status`. */
  | { kind: 'errorPage'; status: number; original: number; router: string; service: string; servers: string[]; forwardedPath: string; forwardedHost: string | undefined; setHeaders: Record<string, string>; responseHeaders?: Record<string, string> }
  | { kind: 'status'; status: number; router?: string; reason: 'no router' | 'ipAllowList' | 'basicAuth' | 'forwardAuth' | 'rateLimit' | 'inFlightReq' | 'errors' | 'buffering' | 'noop@internal' | 'bad request' | 'cors preflight' | 'misdirected'; responseHeaders?: Record<string, string> };

export class AmbiguousRouteError extends Error {}

interface CompiledRouter {
  name: string;
  conf: RouterConf;
  priority: number;
  match: Predicate;
}

export interface ModelOptions {
  entryPoints?: { http: string; https: string };
  /** Entry point option http.sanitizePath (default true). */
  sanitizePath?: boolean;
  /**
   * Escapes refused with 400 per entry point name (entry point option http.encodedCharacters; none by
   * default). Traefik checks them in the matched router's handler, before its middlewares: a request
   * no router matches gets 404 whatever it holds (pkg/server/router/deny.go).
   */
  deniedEscapes?: Record<string, ReadonlySet<string>>;
  /** The status a service's server answers for a path (errors middlewares decide on it); default 200. */
  upstreamStatus?: (p: { service: string; path: string }) => number;
}

const ENCODED: Record<string, string[]> = {
  allowEncodedSlash: ['%2F', '%2f'],
  allowEncodedBackSlash: ['%5C', '%5c'],
  allowEncodedNullCharacter: ['%00'],
  allowEncodedSemicolon: ['%3B', '%3b'],
  allowEncodedPercent: ['%25'],
  allowEncodedQuestionMark: ['%3F', '%3f'],
  allowEncodedHash: ['%23'],
};

/** ModelOptions from a static configuration: sanitizePath and encodedCharacters of each entry point. */
export function modelOptionsFromStatic(st: { entryPoints?: Record<string, { http?: { sanitizePath?: boolean; encodedCharacters?: Record<string, boolean> } }> }): ModelOptions {
  const deniedEscapes: Record<string, ReadonlySet<string>> = {};
  const sanitize = new Set<boolean>();
  for (const [name, ep] of Object.entries(st.entryPoints ?? {})) {
    sanitize.add(ep.http?.sanitizePath ?? true);
    const ec = ep.http?.encodedCharacters;
    // An absent option is allowed (Traefik's SetDefaults), as is an absent encodedCharacters.
    deniedEscapes[name] = new Set(ec ? Object.entries(ENCODED).flatMap(([k, v]) => (ec[k] === false ? v : [])) : []);
  }
  if (sanitize.size > 1) throw new Error('entry points differ in sanitizePath: not modelled');
  return { deniedEscapes, sanitizePath: [...sanitize][0] ?? true };
}

export class TraefikModel {
  private readonly routers: CompiledRouter[];
  private readonly http: DynamicHttp;
  private readonly opts: Required<ModelOptions>;
  /** Traefik's TLS options by SNI (tls-options.ts): the 421 of a Host whose options differ from the handshake's. */
  readonly tlsOptions: OptionsChoice;
  /** The counters of rateLimit and inFlightReq, and the virtual clock they refill by. */
  readonly limits = new LimitState();

  constructor(dynamic: { http?: DynamicHttp; tls?: { options?: Record<string, TlsOption> } }, opts: ModelOptions = {}) {
    this.http = dynamic.http ?? {};
    this.opts = { entryPoints: opts.entryPoints ?? { http: 'web', https: 'websecure' }, sanitizePath: opts.sanitizePath ?? true, deniedEscapes: opts.deniedEscapes ?? {}, upstreamStatus: opts.upstreamStatus ?? (() => 200) };
    this.routers = Object.entries(this.http.routers ?? {}).map(([name, conf]) => this.compile(name, conf));
    // Descending priority; name order only to make error messages stable (Traefik has no tie order).
    this.routers.sort((a, b) => b.priority - a.priority || (a.name < b.name ? -1 : 1));
    this.tlsOptions = chooseTlsOptions(this.http.routers ?? {}, dynamic.tls?.options, this.opts.entryPoints.https);
  }

  private compile(name: string, conf: RouterConf): CompiledRouter {
    const fail = (why: string): never => {
      throw new Error(`router ${name}: ${why}`);
    };
    if (typeof conf.rule !== 'string') fail('no rule');
    let match: Predicate;
    try {
      match = compileRule(parseRule(conf.rule));
    } catch (e) {
      return fail(`invalid rule ${JSON.stringify(conf.rule)}: ${(e as Error).message}`);
    }
    for (const m of conf.middlewares ?? []) {
      const mw = this.http.middlewares?.[stripProvider(m)];
      if (!mw) fail(`middleware ${m} does not exist`);
      else if (!mw.redirectScheme && !mw.redirectRegex && !mw.ipAllowList && !mw.buffering && !mw.replacePathRegex && !mw.headers && !mw.basicAuth && !mw.forwardAuth && !mw.rateLimit && !mw.inFlightReq && !mw.errors && !mw.compress)
        fail(`middleware ${m}: only redirectScheme, redirectRegex, ipAllowList, buffering, replacePathRegex, headers, basicAuth, forwardAuth, rateLimit, inFlightReq, errors and compress are modelled`);
      else if (mw.compress) checkCompress(mw.compress, m, fail);
      else if (mw.errors) this.checkErrors(mw.errors, m, fail);
      else if (mw.rateLimit) checkLimit('rateLimit', mw.rateLimit, m);
      else if (mw.inFlightReq) checkLimit('inFlightReq', mw.inFlightReq, m);
      else if (mw.forwardAuth) checkForwardAuth(mw.forwardAuth, m);
      else if (mw.headers && Object.keys(mw.headers).some((k) => !HEADERS_KEYS.includes(k))) fail(`middleware ${m}: only ${HEADERS_KEYS.join(', ')} of headers are modelled`);
      else if (mw.headers?.accessControlAllowOriginListRegex) mw.headers.accessControlAllowOriginListRegex.forEach((x) => goRegexp(x)); // Traefik refuses to build it with a bad regex
      else if (mw.basicAuth && (!mw.basicAuth.users?.length || Object.keys(mw.basicAuth).some((k) => !['users', 'realm', 'removeHeader'].includes(k)))) fail(`middleware ${m}: basicAuth needs users (only users, realm and removeHeader are modelled)`);
      else if (mw.basicAuth?.users?.some((u) => !/^[^:]+:(\$apr1\$|\{SHA\})/.test(u))) fail(`middleware ${m}: only $apr1$ and {SHA} hashes are modelled`);
      else if (mw.buffering && Object.keys(mw.buffering).some((k) => k !== 'maxRequestBodyBytes')) fail(`middleware ${m}: only buffering.maxRequestBodyBytes is modelled`);
      else if (mw.replacePathRegex) goRegexp(mw.replacePathRegex.regex); // Traefik refuses to build it with a bad regex
      else if (mw.ipAllowList?.sourceRange.length === 0) fail(`middleware ${m}: empty sourceRange`); // Traefik refuses to build it
      else if (mw.ipAllowList) ipInRanges('127.0.0.1', mw.ipAllowList.sourceRange); // throws on a malformed range
    }
    const svc = conf.service;
    if (svc !== 'noop@internal') {
      let s = this.http.services?.[stripProvider(svc)];
      // mirroring: the wrapped service answers; its mirrors must be loadBalancers with servers.
      if (s?.mirroring) {
        const m = s.mirroring;
        if (Object.keys(m).some((k) => !['service', 'mirrors', 'maxBodySize'].includes(k))) fail(`service ${svc}: only mirroring.service, mirrors and maxBodySize are modelled`);
        for (const x of m.mirrors ?? []) if (!this.http.services?.[stripProvider(x.name)]?.loadBalancer?.servers?.length || !((x.percent ?? 0) >= 0 && (x.percent ?? 0) <= 100)) fail(`service ${svc}: mirror ${x.name} does not exist, has no servers, or a bad percent`);
        s = this.http.services?.[stripProvider(m.service)];
        if (s?.mirroring) fail(`service ${svc}: a mirroring service around another is not modelled`);
      }
      const children = s?.weighted ? s.weighted.services.map((c) => this.http.services?.[stripProvider(c.name)]) : [s];
      if (s?.weighted && (s.weighted.services.length === 0 || s.weighted.services.some((c) => !(c.weight >= 0)))) fail(`service ${svc}: invalid weighted services`);
      if (children.some((c) => !c?.loadBalancer?.servers?.length)) fail(`service ${svc} does not exist or has no servers`);
      // A service naming a serversTransport that does not exist gets no handler (Traefik logs an error).
      for (const c of children) if (c?.loadBalancer?.serversTransport !== undefined && !this.http.serversTransports?.[stripProvider(c.loadBalancer.serversTransport)]) fail(`service ${svc}: serversTransport ${c.loadBalancer.serversTransport} does not exist`);
    }
    const priority = conf.priority && conf.priority > 0 ? conf.priority : Buffer.byteLength(conf.rule);
    return { name, conf, priority, match };
  }

  /** Routers tried for this request, in Traefik's order. */
  candidates(https: boolean): CompiledRouter[] {
    const ep = https ? this.opts.entryPoints.https : this.opts.entryPoints.http;
    return this.routers.filter((r) => (r.conf.entryPoints?.length ? r.conf.entryPoints.includes(ep) : true) && (r.conf.tls !== undefined) === https);
  }

  /**
   * One request whose route may call an auth service (forwardAuth): `ask` performs each auth
   * request (the conformance runner sends it to a live auth server) and the request is evaluated
   * again with the answers so far, until no middleware needs another.
   */
  async routeAsync(req: EvalRequest, ask: (r: AuthRequest) => Promise<AuthReply>): Promise<Outcome> {
    const replies: AuthReply[] = [];
    for (;;) {
      try {
        return this.route(req, replies);
      } catch (e) {
        if (!(e instanceof NeedsAuth)) throw e;
        replies.push(await ask(e.request));
      }
    }
  }

  /** `authReplies`: the answers of the auth services the route's forwardAuth middlewares call, in order (see routeAsync). */
  route(req: EvalRequest, authReplies: readonly AuthReply[] = []): Outcome {
    const https = req.https === true;
    const p = requestPath(req.path, { sanitizePath: this.opts.sanitizePath });
    if (!p) return { kind: 'status', status: 400, reason: 'bad request' };
    // v3.6's snicheck wraps the HTTPS handler: a Host of other TLS options than the SNI's is refused before routing.
    if (https && misdirected(this.tlsOptions, { sni: req.sni ?? canonicalHost(req.host), host: canonicalHost(req.host) })) return { kind: 'status', status: 421, reason: 'misdirected' };
    const q = req.path.indexOf('?');
    const headers = new Map<string, string[]>();
    // Go's net/textproto drops the spaces and tabs around each field value.
    for (const [k, v] of Object.entries(req.headers ?? {})) headers.set(k.toLowerCase(), [...(headers.get(k.toLowerCase()) ?? []), ...(typeof v === 'string' ? [v] : v).map((x) => x.replace(/^[ \t]+|[ \t]+$/g, ''))]);
    const input: MatchInput = {
      canonicalHost: canonicalHost(req.host),
      routingPath: p.routing,
      method: req.method ?? 'GET',
      headers,
      query: new URLSearchParams(q < 0 ? '' : req.path.slice(q + 1)),
      clientIp: req.clientIp ?? '127.0.0.1',
    };
    const cands = this.candidates(https);
    const winner = cands.find((r) => r.match(input));
    if (!winner) return { kind: 'status', status: 404, reason: 'no router' };
    const tied = cands.filter((r) => r !== winner && r.priority === winner.priority && r.match(input));
    if (tied.length) throw new AmbiguousRouteError(`routers ${[winner, ...tied].map((r) => r.name).join(', ')} all match ${req.host ?? ''}${req.path} at priority ${winner.priority}: Traefik's order is undefined`);
    const denied = this.opts.deniedEscapes[https ? this.opts.entryPoints.https : this.opts.entryPoints.http];
    if (denied && hasDeniedEscape(p.forwarded.split('?', 1)[0]!, denied)) return { kind: 'status', status: 400, router: winner.name, reason: 'bad request' };
    return this.serve(winner, req, input, p.forwarded, https, authReplies);
  }

  private serve(r: CompiledRouter, req: EvalRequest, input: MatchInput, forwardedPath: string, https: boolean, authReplies: readonly AuthReply[]): Outcome {
    // The response passes back through every headers middleware the request went through, innermost first.
    const passed: HeadersConf[] = [];
    const out = <O extends Outcome>(o: O): O => (passed.length || o.responseHeaders ? { ...o, responseHeaders: responseHeaders(passed, input, o.responseHeaders) } : o);
    return this.serveThrough(r, req, input, forwardedPath, https, passed, out, authReplies);
  }

  private serveThrough(r: CompiledRouter, req: EvalRequest, input: MatchInput, forwardedPath: string, https: boolean, passed: HeadersConf[], out: <O extends Outcome>(o: O) => O, authReplies: readonly AuthReply[]): Outcome {
    const entered: string[] = [];
    try {
      return this.serveChain(r, req, input, forwardedPath, https, passed, out, authReplies, entered);
    } finally {
      this.limits.release(entered, req.concurrent === true);
    }
  }

  private serveChain(
    r: CompiledRouter,
    req: EvalRequest,
    input: MatchInput,
    forwardedPath: string,
    https: boolean,
    passed: HeadersConf[],
    out: <O extends Outcome>(o: O) => O,
    authReplies: readonly AuthReply[],
    entered: string[],
    from = 0,
    chain: { setHeaders: Record<string, string>; host: string | undefined; asked: number } = { setHeaders: {}, host: req.host, asked: 0 },
  ): Outcome {
    const setHeaders = chain.setHeaders;
    const list = r.conf.middlewares ?? [];
    for (let i = from; i < list.length; i++) {
      const m = list[i]!;
      const mw = this.http.middlewares![stripProvider(m)]!;
      // errors (pkg/middlewares/customerrors): the rest of the chain answers first; a status in its
      // list is replaced by the error service's answer to GET <query> with the request's headers
      // and Host, sent with the original status (or its statusRewrites entry).
      if (mw.errors) {
        const depth = passed.length;
        const inner = this.serveChain(r, req, input, forwardedPath, https, passed, out, authReplies, entered, i + 1, chain);
        const status = inner.kind === 'proxied' ? (this.opts.upstreamStatus?.({ service: inner.service, path: inner.forwardedPath }) ?? 200) : inner.status;
        if (!inCodeRanges(status, mw.errors.status)) return inner;
        passed.length = depth; // the page is written past the inner middlewares' response changes
        const code = Object.entries(mw.errors.statusRewrites ?? {}).find(([from]) => inCodeRanges(status, [from]))?.[1] ?? status;
        const svc = stripProvider(mw.errors.service);
        if (svc === 'noop@internal') return out({ kind: 'status', status: code, router: r.name, reason: 'errors' });
        const lb = this.http.services![this.pick(svc)]!.loadBalancer!;
        const query = `/${(mw.errors.query ?? '').replace(/^\//, '').replace(/\{status\}/g, String(code)).replace(/\{originalStatus\}/g, String(status))}`;
        const headers = inner.kind === 'proxied' ? inner.setHeaders : { ...chain.setHeaders };
        return out({ kind: 'errorPage', status: code, original: status, router: r.name, service: svc, servers: lb.servers!.map((x) => x.url), forwardedPath: query, forwardedHost: lb.passHostHeader === false ? new URL(lb.servers![0]!.url).host : req.host, setHeaders: headers });
      }
      if (mw.headers) {
        // header.go ServeHTTP: a CORS preflight is answered here (200, its own headers only).
        const pre = corsPreflight(mw.headers, input);
        if (pre) return { kind: 'status', status: 200, router: r.name, reason: 'cors preflight', responseHeaders: responseHeaders(passed, input, pre) };
        passed.push(mw.headers);
      }
      // headers (pkg/middlewares/headers/header.go): a non-empty customRequestHeaders "Host" replaces req.Host.
      const setHost = mw.headers?.customRequestHeaders?.Host;
      if (setHost !== undefined && setHost !== '') chain.host = setHost;
      if (mw.redirectScheme) {
        const loc = redirectScheme(mw.redirectScheme, req.host, forwardedPath, https);
        if (loc) {
          const get = input.method === 'GET';
          const status = mw.redirectScheme.permanent ? (get ? 301 : 308) : get ? 302 : 307;
          return out({ kind: 'redirect', status, router: r.name, location: loc });
        }
      }
      if (mw.redirectRegex) {
        // redirect_regex.go: the request URL (scheme://Host + request URI) through ReplaceAllString;
        // a changed URL answers as redirectScheme's statuses (moveHandler).
        const oldUrl = `${https ? 'https' : 'http'}://${req.host ?? ''}${forwardedPath}`;
        const re = goRegexp(mw.redirectRegex.regex);
        if (re.test(oldUrl)) {
          const global = new RegExp(re.source, `${re.flags.replace('g', '')}g`);
          const loc = oldUrl.replace(global, (...m: unknown[]) => goExpand(mw.redirectRegex!.replacement, m.slice(0, -2) as (string | undefined)[]));
          if (loc !== oldUrl) {
            const get = input.method === 'GET';
            const status = mw.redirectRegex.permanent ? (get ? 301 : 308) : get ? 302 : 307;
            // The Location is url.Parse(new).String(): url.Parse lowercases the scheme.
            return out({ kind: 'redirect', status, router: r.name, location: loc.replace(/^[A-Za-z][A-Za-z0-9+.-]*:/, (x) => x.toLowerCase()) });
          }
        }
      }
      // Counters per router, middleware and peer address (limits.ts).
      const source = `${r.name}|${m}|${input.clientIp}`;
      if (mw.rateLimit && !this.limits.take(source, mw.rateLimit)) return out({ kind: 'status', status: 429, router: r.name, reason: 'rateLimit' });
      if (mw.inFlightReq) {
        if (!this.limits.enter(source, mw.inFlightReq.amount ?? 0)) return out({ kind: 'status', status: 429, router: r.name, reason: 'inFlightReq' });
        entered.push(source);
      }
      if (mw.ipAllowList && !ipInRanges(input.clientIp, mw.ipAllowList.sourceRange)) {
        return out({ kind: 'status', status: mw.ipAllowList.rejectStatusCode || 403, router: r.name, reason: 'ipAllowList' });
      }
      // basicAuth (pkg/middlewares/auth/basic_auth.go): no user whose password matches → 401; removeHeader drops Authorization.
      if (mw.basicAuth) {
        const authz = Object.entries(req.headers ?? {}).find(([k]) => k.toLowerCase() === 'authorization')?.[1];
        const creds = basicCredentials(typeof authz === 'string' ? authz : authz?.[0]);
        const line = creds && mw.basicAuth.users!.find((u) => u.slice(0, u.indexOf(':')) === creds.user);
        const hash = line?.slice(line.indexOf(':') + 1) ?? '';
        const ok = creds !== undefined && line !== undefined && verifyPassword({ name: creds.user, hash, scheme: hash.startsWith('{SHA}') ? 'sha1' : 'apr1' }, creds.password) === true;
        // basic_auth.go RequireAuth: the challenge names the realm, "traefik" by default.
        if (!ok) return out({ kind: 'status', status: 401, router: r.name, reason: 'basicAuth', responseHeaders: { 'Www-Authenticate': `Basic realm="${mw.basicAuth.realm || 'traefik'}"` } });
        if (mw.basicAuth.removeHeader) setHeaders.authorization = '';
      }
      if (mw.forwardAuth) {
        const ask = authRequest(mw.forwardAuth, { ...req, method: input.method }, headersNow(req, setHeaders), req.host, forwardedPath, https, input.clientIp);
        const reply = authReplies[chain.asked++];
        if (!reply) throw new NeedsAuth(ask);
        const refusal = forwardAuthRefusal(mw.forwardAuth, reply);
        if (refusal) return out({ kind: 'status', status: refusal.status, router: r.name, reason: 'forwardAuth', responseHeaders: refusal.headers });
        Object.assign(setHeaders, copiedAuthHeaders(mw.forwardAuth, reply));
      }
      // buffering (pkg/middlewares/buffering): a body above maxRequestBodyBytes (0: no limit) gets 413.
      const max = mw.buffering?.maxRequestBodyBytes ?? 0;
      if (max > 0 && (req.bodyBytes ?? 0) > max) return out({ kind: 'status', status: 413, router: r.name, reason: 'buffering' });
      if (mw.replacePathRegex) forwardedPath = replacePathRegex(mw.replacePathRegex, forwardedPath);
      for (const [k, v] of Object.entries(mw.headers?.customRequestHeaders ?? {})) if (k.toLowerCase() !== 'host') setHeaders[k.toLowerCase()] = v;
    }
    if (r.conf.service === 'noop@internal') return out({ kind: 'status', status: 418, router: r.name, reason: 'noop@internal' });
    const compress = list.map((m) => this.http.middlewares![stripProvider(m)]!.compress).find((c) => c !== undefined);
    const mirroring = this.http.services![stripProvider(r.conf.service)]!.mirroring;
    const name = this.pick(stripProvider(mirroring ? mirroring.service : r.conf.service));
    const lb = this.http.services![name]!.loadBalancer!;
    // Each mirror's copy: the request as this loadBalancer would send it, to the mirror's servers.
    const mirrors = (mirroring?.mirrors ?? []).map((x): MirrorCopy => {
      const mlb = this.http.services![stripProvider(x.name)]!.loadBalancer!;
      return { service: stripProvider(x.name), servers: mlb.servers!.map((s) => s.url), percent: x.percent ?? 0, forwardedPath, forwardedHost: mlb.passHostHeader === false ? new URL(mlb.servers![0]!.url).host : chain.host };
    });
    const stick = lb.sticky?.cookie ? stickyServer(lb.sticky.cookie, lb.servers!.map((x) => x.url), input) : undefined;
    // The balancer writes the cookie: innermost, before any headers middleware's response changes.
    if (stick?.setCookie !== undefined) passed.push({ customResponseHeaders: { 'Set-Cookie': stick.setCookie } });
    return out({
      kind: 'proxied',
      status: 200,
      router: r.name,
      service: name,
      servers: lb.servers!.map((s) => s.url),
      ...(stick ? { server: stick.server } : {}),
      forwardedPath,
      // passHostHeader defaults to true; otherwise the server URL's host is sent.
      forwardedHost: lb.passHostHeader === false ? new URL(lb.servers![0]!.url).host : chain.host,
      setHeaders,
      ...(compress ? { compress } : {}),
      ...(mirrors.length ? { mirrors } : {}),
    });
  }

  /** Traefik refuses to build an errors middleware with a bad status range or an unknown service. */
  private checkErrors(e: NonNullable<MiddlewareConf['errors']>, name: string, fail: (why: string) => never): void {
    if (Object.keys(e).some((k) => !['status', 'statusRewrites', 'service', 'query'].includes(k))) fail(`middleware ${name}: only errors.status, statusRewrites, service and query are modelled`);
    for (const x of [...e.status, ...Object.keys(e.statusRewrites ?? {})]) if (!/^[0-9]{3}(-[0-9]{3})?$/.test(x)) fail(`middleware ${name}: status ${x} is not a code or a range`);
    if (e.query?.includes('{url}')) fail(`middleware ${name}: {url} in the query is not modelled`);
    const svc = stripProvider(e.service);
    if (svc !== 'noop@internal' && !this.http.services?.[svc]?.loadBalancer?.servers?.length) fail(`middleware ${name}: errors service ${e.service} does not exist or has no servers`);
  }

  /**
   * A `weighted` service's child for one request: drawn at random by weight. Traefik's smooth
   * weighted round robin gives the same share over many requests in a fixed rotation; one request
   * of the evaluator cannot show the rotation, only the share.
   */
  private pick(name: string): string {
    const w = this.http.services![name]!.weighted;
    if (!w) return name;
    const total = w.services.reduce((n, c) => n + c.weight, 0);
    let x = Math.random() * total;
    for (const c of w.services) {
      if (c.weight > 0 && x < c.weight) return stripProvider(c.name);
      x -= c.weight;
    }
    return stripProvider(w.services.filter((c) => c.weight > 0).pop()!.name);
  }
}

/**
 * header.go processCorsHeaders: with any accessControl* option, an OPTIONS request with both an
 * Origin and an Access-Control-Request-Method header (first values) is answered by the middleware:
 * the headers it returns, else undefined. A "*" element of allowHeaders / allowMethods with
 * credentials echoes the request's headers / method.
 */
function corsPreflight(h: HeadersConf, input: MatchInput): Record<string, string> | undefined {
  const hasCors = h.accessControlAllowCredentials || h.accessControlAllowHeaders?.length || h.accessControlAllowMethods?.length || h.accessControlAllowOriginList?.length || h.accessControlAllowOriginListRegex?.length || h.accessControlExposeHeaders?.length || h.accessControlMaxAge !== undefined;
  const first = (name: string): string => input.headers.get(name)?.[0] ?? '';
  const acrm = first('access-control-request-method');
  const origin = first('origin');
  if (!hasCors || acrm === '' || origin === '' || input.method !== 'OPTIONS') return undefined;
  const out: Record<string, string> = {};
  const cred = h.accessControlAllowCredentials === true;
  if (cred) out['Access-Control-Allow-Credentials'] = 'true';
  const allowHeaders = (h.accessControlAllowHeaders ?? []).join(',');
  if (h.accessControlAllowHeaders?.includes('*') && cred) {
    if (first('access-control-request-headers') !== '') out['Access-Control-Allow-Headers'] = first('access-control-request-headers');
  } else if (allowHeaders !== '') out['Access-Control-Allow-Headers'] = allowHeaders;
  const allowMethods = (h.accessControlAllowMethods ?? []).join(',');
  if (h.accessControlAllowMethods?.includes('*') && cred) out['Access-Control-Allow-Methods'] = acrm;
  else if (allowMethods !== '') out['Access-Control-Allow-Methods'] = allowMethods;
  const match = matchOrigin(h, origin);
  if (match !== undefined) out['Access-Control-Allow-Origin'] = match;
  if (h.accessControlMaxAge !== undefined) out['Access-Control-Max-Age'] = String(h.accessControlMaxAge);
  exposeHeaders(h, out);
  out['Content-Length'] = '0';
  return out;
}

/** header.go matchOrigin: the list (exact or "*": the origin itself with credentials), then the regexes. */
function matchOrigin(h: HeadersConf, origin: string): string | undefined {
  for (const item of h.accessControlAllowOriginList ?? []) {
    if (item === origin) return item;
    if (item === '*') return h.accessControlAllowCredentials ? origin : item;
  }
  return (h.accessControlAllowOriginListRegex ?? []).some((x) => goRegexp(x).test(origin)) ? origin : undefined;
}

function exposeHeaders(h: HeadersConf, out: Record<string, string>): void {
  const list = h.accessControlExposeHeaders ?? [];
  if (list.length > 0 && !(list.includes('*') && h.accessControlAllowCredentials)) out['Access-Control-Expose-Headers'] = list.join(',');
}

/**
 * header.go PostRequestModifyResponseHeaders for each headers middleware the response passes,
 * innermost first: customResponseHeaders ("" deletes), Access-Control-Allow-Origin when the
 * request's first Origin matches, -Allow-Credentials and -Expose-Headers whatever the origin
 * (addVaryHeader is not modelled). `base`: headers an inner answer already carries.
 */
function responseHeaders(passed: readonly HeadersConf[], input: MatchInput, base: Record<string, string> = {}): Record<string, string> {
  const out = { ...base };
  for (const h of [...passed].reverse()) {
    for (const [k, v] of Object.entries(h.customResponseHeaders ?? {})) out[canonicalName(k)] = v;
    const match = matchOrigin(h, input.headers.get('origin')?.[0] ?? '');
    if (match !== undefined) out['Access-Control-Allow-Origin'] = match;
    if (h.accessControlAllowCredentials) out['Access-Control-Allow-Credentials'] = 'true';
    exposeHeaders(h, out);
  }
  return out;
}

/** Go's http.CanonicalHeaderKey for token names. */
const canonicalName = (k: string): string => k.toLowerCase().replace(/(^|-)([a-z])/g, (_m, d: string, c: string) => d + c.toUpperCase());

/**
 * sticky.go / wrr.go: the request's first cookie named `name` that holds sha256(server URL)[:16]
 * (hex) picks that server, and no cookie is written; else the round robin picks one (here any,
 * at random) and the response gets `Set-Cookie` as Go's http.Cookie writes it (Path "/" by default,
 * Domain without a leading ".", Max-Age=N when > 0, Max-Age=0 when < 0, HttpOnly, Secure,
 * SameSite=None|Lax|Strict). The legacy FNV values Traefik also accepts are not modelled.
 */
function stickyServer(c: CookieConf, urls: readonly string[], input: MatchInput): { server: string; setCookie?: string } {
  const hash = (u: string): string => createHash('sha256').update(u).digest('hex').slice(0, 16);
  const name = c.name ?? '';
  let value: string | undefined;
  for (const line of input.headers.get('cookie') ?? []) {
    for (const part of line.split(';')) {
      const eq = part.indexOf('=');
      if (eq > 0 && part.slice(0, eq).trim() === name) {
        value ??= part.slice(eq + 1).trim();
      }
    }
  }
  const held = urls.find((u) => hash(u) === value);
  if (held) return { server: held };
  // Round robin: one request cannot show the rotation, so any server may be next.
  const server = urls[Math.floor(Math.random() * urls.length)]!;
  const same = { none: 'None', lax: 'Lax', strict: 'Strict' }[(c.sameSite ?? '').toLowerCase()];
  const attrs = [
    `${name}=${hash(server)}`,
    `Path=${c.path ?? '/'}`,
    ...(c.domain ? [`Domain=${c.domain.replace(/^\./, '')}`] : []),
    ...(c.maxAge !== undefined && c.maxAge > 0 ? [`Max-Age=${c.maxAge}`] : c.maxAge !== undefined && c.maxAge < 0 ? ['Max-Age=0'] : []),
    ...(c.httpOnly ? ['HttpOnly'] : []),
    ...(c.secure ? ['Secure'] : []),
    ...(same ? [`SameSite=${same}`] : []),
  ];
  return { server, setCookie: attrs.join('; ') };
}

/** deny.go: every "%" starts a three-character escape, looked up as written. */
function hasDeniedEscape(escapedPath: string, denied: ReadonlySet<string>): boolean {
  for (let i = 0; i < escapedPath.length; i++) {
    if (escapedPath[i] !== '%') continue;
    if (i + 2 >= escapedPath.length || denied.has(escapedPath.slice(i, i + 3))) return true;
    i += 2;
  }
  return false;
}

/** Same-provider references may carry "@file"; other providers are not modelled. */
function stripProvider(name: string): string {
  if (name.endsWith('@file')) return name.slice(0, -5);
  if (name.includes('@') && name !== 'noop@internal') throw new Error(`reference ${name} to another provider is not modelled`);
  return name;
}

/**
 * redirectScheme (pkg/middlewares/redirect/redirect_scheme.go): the URL is rebuilt from the Host
 * header (its port replaced by the configured one, dropped for the scheme's default port) and
 * the request URI (after path sanitizing); no redirect when nothing changes (already the target scheme and port).
 */
function redirectScheme(conf: NonNullable<MiddlewareConf['redirectScheme']>, hostHeader: string | undefined, requestUri: string, https: boolean): string | undefined {
  const m = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(hostHeader ?? '');
  const host = m ? m[1]! : (hostHeader ?? '');
  const oldPort = m?.[2] !== undefined ? `:${m[2]}` : '';
  const scheme = https ? 'https' : 'http';
  const oldUrl = `${scheme}://${host}${(scheme === 'http' && oldPort === ':80') || (scheme === 'https' && oldPort === ':443') ? '' : oldPort}${requestUri}`;
  const defaultPort = (conf.scheme === 'http' && conf.port === '80') || (conf.scheme === 'https' && conf.port === '443');
  const port = conf.port && !defaultPort ? `:${conf.port}` : '';
  const newUrl = `${conf.scheme}://${host}${port}${requestUri}`;
  return newUrl === oldUrl ? undefined : newUrl;
}

/**
 * replacePathRegex (pkg/middlewares/replacepathregex): when the regex matches the escaped path,
 * the path becomes regexp.ReplaceAllString(path, replacement); the query is kept.
 */
function replacePathRegex(conf: NonNullable<MiddlewareConf['replacePathRegex']>, forwarded: string): string {
  const q = forwarded.indexOf('?');
  const path = q < 0 ? forwarded : forwarded.slice(0, q);
  const re = goRegexp(conf.regex);
  if (conf.replacement === '' || !re.test(path)) return forwarded;
  const global = new RegExp(re.source, `${re.flags.replace('g', '')}g`);
  return path.replace(global, (...m: unknown[]) => goExpand(conf.replacement, m.slice(0, -2) as (string | undefined)[])) + (q < 0 ? '' : forwarded.slice(q));
}

/** Go's Regexp.Expand: `$name` / `${name}` (the longest run of letters, digits and "_"), `$$` = "$"; unknown or unset groups are "". */
export function goExpand(template: string, groups: readonly (string | undefined)[]): string {
  return template.replace(/\$(\$|\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/g, (all, _x, braced: string | undefined, bare: string | undefined) => {
    if (all === '$$') return '$';
    const name = braced ?? bare!;
    return /^[0-9]+$/.test(name) ? (groups[Number(name)] ?? '') : '';
  });
}

/** types.NewHTTPCodeRanges: "404", "500-599" (inclusive). */
function inCodeRanges(status: number, ranges: readonly string[]): boolean {
  return ranges.some((x) => {
    const [a, b = a] = x.split('-').map(Number) as [number, number?];
    return status >= a && status <= b;
  });
}

/** Traefik refuses a compress middleware with an unknown encoding or a negative minimum (compress.go New). */
function checkCompress(c: CompressConf, name: string, fail: (why: string) => never): void {
  if (Object.keys(c).some((k) => !['encodings', 'includedContentTypes', 'minResponseBodyBytes'].includes(k))) fail(`middleware ${name}: only compress.encodings, includedContentTypes and minResponseBodyBytes are modelled`);
  if (c.encodings !== undefined && (c.encodings.length === 0 || c.encodings.some((e) => !['gzip', 'br', 'zstd'].includes(e)))) fail(`middleware ${name}: compress encodings must be gzip, br or zstd`);
  if (c.minResponseBodyBytes !== undefined && !(Number.isInteger(c.minResponseBodyBytes) && c.minResponseBodyBytes >= 0)) fail(`middleware ${name}: minResponseBodyBytes must be a non-negative integer`);
  if (c.includedContentTypes?.some((t) => !/^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/i.test(t))) fail(`middleware ${name}: includedContentTypes holds a value that is no media type`);
}
