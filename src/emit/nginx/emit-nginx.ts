import { gzipLines } from './compression.js';
import { headerNameLines } from './header-names.js';
import { hideLines, withHiddenInBlocks } from './configmap-hide.js';
import { clientConnectionLines } from './client-connection.js';
import { cipherLines, tlsVersionLines } from './configmap-tls.js';
import { certFile, keyFile, type ListenAddr, type Route, type ResponseRewrites, type HeaderValue, type RouteErrors, type RouteFilter, type RouteMirror, type RoutePolicies, type RouteTable, hasAuth, hasQuietRoutes, hasSourceRange, isQuiet, routesOf, type Upstream, type VirtualHost } from '../../ir/types.js';
import { certificateFiles, clientCaFiles } from '../cert-files.js';
import type { EmitContext, Emitter, OutputFile } from '../emitter.js';
import { matchPath } from '../../ir/match.js';
import { TextWriter } from '../text-writer.js';
import { serverNamesHashSizes } from './hash-sizes.js';
import { nginxHeaderName, nginxQuote, nginxRewriteTarget, wildcardHashServerName, wildcardServerName } from './quote.js';
import { locationRegex, parsePortable, renderPortable } from '../../ir/regex.js';
import { depthCheck, hostParentMap } from './wildcard-depth.js';
import { directAnswer, resolvedAtRuntime, ServerBackends, upstreamBlocks } from './backends.js';
import { adaptForGrpc, tlsListenHttp2 } from './backend-protocol.js';
import { limitLines, limitZones } from './limits.js';
import { clientAuthHeaders, clientAuthServerLines } from './clientcert.js';
import { canaryBefore403, NginxCanaries } from './canary.js';
import { corsLines, corsMaps, NginxAffinity } from './traffic.js';
import { errorPagesHttpLines, ServerErrorPages } from './errors.js';
import { FORWARDED_HEADERS, forwardedHttpLines, forwardedProblems } from './forwarded-headers.js';
import { dollarLines, responseHeaderLines, withRequestHeaders } from './custom-headers.js';
import { responseRewriteLines } from './response-rewrites.js';
import { authNeedsResolver, escapeMap, htpasswdFiles, ServerAuth } from './auth.js';
import { mirrorNeedsResolver, ServerMirrors } from './mirror.js';
import { blockMaps, blockServerLines } from './configmap-block.js';
import { hstsMap, hstsServerLines, withHstsInBlocks } from './configmap-hsts.js';
import { httpsReturn, redirectLines, redirectMaps, requestScheme } from './redirects.js';
import { CONNECTION_UPGRADE_MAP, TUNING_HTTP_DEFAULTS, tuningLines } from './upstream-tuning.js';
// connection-proxy-header: nginx then inherits no proxy_set_header from http level, which filterLines repeats.
import { withConnectionHeader } from '../connection-header.js';
import { NginxRouteMaps, type NginxRouting } from './route-maps.js';
import { httpsListen, passthroughHttpLines, passthroughMainLines, passthroughProblems, passthroughStream } from './passthrough.js';

/**
 * nginx.conf for `cd DIR && nginx -p . -c nginx.conf -g 'daemon off;'`: every path is relative to
 * the prefix, so the output directory is self-contained.
 */
export const nginxEmitter: Emitter = {
  name: 'nginx',
  mainFile: 'nginx.conf',
  dnsResolver: (resolver) => `nginx's resolver directive, ${resolver ?? DEFAULT_RESOLVER}`,
  emit(ir: RouteTable, ctx: EmitContext): OutputFile[] {
    for (const r of canaryBefore403(ir)) ctx.diagnostics.report('IC4121', r.canary!.origin, { ingress: r.canary!.ingress, target: 'nginx' }, { target: 'nginx' });
    const aff = new NginxAffinity(ir);
    const dns = aff.unaddressable();
    for (const id of dns) ctx.diagnostics.report('IC4140', undefined, { upstream: id });
    // A canary's affinity-first decision tells the sides by the endpoint a cookie names.
    const fixed = aff.canaryFixed(ir);
    for (const r of fixed) ctx.diagnostics.report('IC4122', r.canary!.origin, { ingress: r.canary!.ingress, target: 'nginx', why: 'its cookie names an endpoint by its address, and a Service reached by its DNS name has none (IC3141)', fix: 'give both Services\' endpoints as IP addresses (EndpointSlices in the inputs, or --backend), or compile for HAProxy or Caddy' }, { target: 'nginx' });
    if (dns.length || fixed.length) return [];
    const refused = passthroughProblems(ir);
    for (const p of refused) ctx.diagnostics.report('IC4190', p.origin, { host: p.host, ingress: p.ingress, target: 'nginx', why: p.why }, { target: 'nginx' });
    const realIp = forwardedProblems(ir);
    for (const p of realIp) ctx.diagnostics.report('IC4220', p.origin, { host: p.host, ingress: p.ingress, target: 'nginx' }, { target: 'nginx' });
    if (refused.length || realIp.length) return [];
    return [{ path: 'nginx.conf', content: renderNginx(ir, ctx.options.resolver, ctx.options.nginxRouting) }, ...certificateFiles(ir), ...clientCaFiles(ir), ...htpasswdFiles(ir)];
  },
};

const listenArg = (a: ListenAddr): string => `${a.host}:${a.port}`;

/** nginx reads no resolv.conf: without --resolver it asks kube-dns at its kubeadm ClusterIP. */
const DEFAULT_RESOLVER = '10.96.0.10';

export function renderNginx(ir: RouteTable, resolver: string = DEFAULT_RESOLVER, routing: NginxRouting = 'locations'): string {
  const w = new TextWriter();
  const upstreams = new Map(ir.upstreams.map((u) => [u.id, u]));
  const https = ir.certificates.length > 0;
  const anyHost = ir.vhosts.find((v) => v.kind === 'any');
  // Wildcards become nginx hash names (`*.suffix`, any depth) plus a one-label check when a host
  // below a wildcard but too deep for it has a single answer, the default server's. With
  // host-less rules that answer depends on the path, so wildcards stay one-label regexes there:
  // correct, but nginx then tries every wildcard's regex for each host no name takes.
  // TLS: SNI of a too-deep host now selects the wildcard's certificate instead of the default one
  // (neither names that host); routing is unchanged.
  const hashWildcards = anyHost === undefined;
  const wildcards = ir.vhosts.some((v) => v.kind === 'wildcard');
  // Wildcard names go into nginx's wildcard hashes, built with the same two directives.
  const hashed = ir.vhosts.filter((v) => v.kind === 'exact' || (hashWildcards && v.kind === 'wildcard'));
  const { bucketSize, maxSize } = serverNamesHashSizes(hashed.map((v) => v.name));
  const upstream = (id: string | undefined): Upstream | undefined => {
    if (id === undefined) return undefined;
    const u = upstreams.get(id);
    if (!u) throw new Error(`nginx: route names unknown upstream ${id}`);
    return u;
  };
  const routeMaps = routing === 'maps' ? new NginxRouteMaps(ir, hashWildcards, upstream) : undefined;

  w.line('# Generated by ingressc. Run from this directory: nginx -p . -c nginx.conf -g "daemon off;"');
  w.line('worker_processes auto;');
  w.line('pid nginx.pid;');
  w.line('error_log stderr notice;');
  passthroughMainLines(ir).forEach((l) => w.line(l));
  w.line();
  w.block('events', () => w.line('worker_connections 1024;'));
  w.line();
  w.block('http', () => {
    w.line('access_log access.log;');
    for (const t of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) w.line(`${t}_temp_path ${t}_temp;`);
    w.line(`server_names_hash_bucket_size ${bucketSize};`);
    w.line(`server_names_hash_max_size ${maxSize};`);
    w.line('proxy_http_version 1.1;');
    routeMaps?.hashSizeLines().forEach((l) => w.line(l));
    for (const l of TUNING_HTTP_DEFAULTS) w.line(l);
    w.line(CONNECTION_UPGRADE_MAP);
    forwardedHttpLines(ir).forEach((l) => w.line(l));
    dollarLines(ir).forEach((l) => w.line(l));
    for (const l of PROXY_HEADERS) w.line(l);
    hideLines(ir).forEach((l) => w.line(l));
    headerNameLines(ir).forEach((l) => w.line(l));
    if (ir.serverTokens !== undefined) w.line(`server_tokens ${ir.serverTokens ? 'on' : 'off'};`);
    gzipLines(ir).forEach((l) => w.line(l));
    clientConnectionLines(ir).forEach((l) => w.line(l));
    passthroughHttpLines(ir).forEach((l) => w.line(l));
    if (ir.upstreams.some(resolvedAtRuntime) || authNeedsResolver(ir) || mirrorNeedsResolver(ir)) w.line(`resolver ${resolver} valid=30s;`);
    if (ir.vhosts.some((vh) => routesOf(vh).some((r) => r.policies?.externalAuth?.signin))) escapeMap(w);
    if (https && ir.defaultCertificate) {
      w.line(`ssl_certificate ${nginxQuote(certFile(ir.defaultCertificate))};`);
      w.line(`ssl_certificate_key ${nginxQuote(keyFile(ir.defaultCertificate))};`);
      tlsVersionLines(ir).forEach((l) => w.line(l));
      cipherLines(ir.tlsCiphers).forEach((l) => w.line(l));
    }
    // Request normalisation (src/ir/normalize-path.ts): nginx itself answers 400 to bad escapes
    // and ".." above the root and routes on the decoded, slash-merged, dot-resolved URI. It
    // decodes %2F and %5C too, which the rule refuses: the raw request line is checked first.
    w.line('merge_slashes on;');
    w.line('map $request_uri $ingressc_bad_path { default 0; "~^[^?]*%(2[Ff]|5[Cc])" 1; }');
    redirectMaps(w, ir);
    if (hashWildcards && wildcards) hostParentMap(w);
    corsMaps(w, ir);
    hstsMap(w, ir);
    blockMaps(w, ir);
    const affinity = new NginxAffinity(ir);
    affinity.maps(w);
    for (const l of errorPagesHttpLines(ir)) w.line(l);
    upstreamBlocks(w, ir);
    limitZones(w, ir);
    routeMaps?.maps(w);
    const canaries = new NginxCanaries(ir, affinity);
    canaries.maps(w, upstream);
    // Every server starts with its listens and the bad-path check, before any redirect or location.
    /** What the default server answers unknown hosts with, in place (a server-level check uses it). */
    const unknownHostAnswer = directAnswer(upstream(ir.defaultUpstream)).join(' ');
    const h2 = tlsListenHttp2(ir) ? ' http2' : '';
    const listens = (tlsOnly: boolean, httpOnly: boolean, def: boolean): void => {
      const d = def ? ' default_server' : '';
      // use-proxy-protocol (never beside ssl-passthrough: forwardedProblems).
      const pp = ir.forwarded?.proxyProtocol ? ' proxy_protocol' : '';
      if (!tlsOnly) w.line(`listen ${listenArg(ir.listen.http)}${pp}${d};`);
      if (https && !httpOnly) w.line(`listen ${httpsListen(ir, listenArg(ir.listen.https))}${h2}${pp}${d};`);
      w.line('if ($ingressc_bad_path) { return 400; }');
      blockServerLines(ir).forEach((l) => w.line(l));
    };
    // Default server: rules without host, or what matches no host.
    w.line();
    w.block('server', () => {
      listens(false, false, true);
      if (https) cipherLines(anyHost?.tlsCiphers).forEach((l) => w.line(l));
      const backends = new ServerBackends(upstream);
      const pages = new ServerErrorPages(upstream);
      const auth = new ServerAuth();
      const mirrors = new ServerMirrors();
      if (anyHost) locations(w, anyHost, backends, pages, upstream, canaries, affinity, auth, mirrors, ir);
      else w.block('location /', () => backends.jump(ir.defaultUpstream).forEach((l) => w.line(l)));
      backends.namedLocations(w);
      pages.namedLocations(w);
      auth.locations(w);
      mirrors.locations(w);
    });
    for (const vh of ir.vhosts) {
      if (vh.kind === 'any') continue;
      const hashWildcard = vh.kind === 'wildcard' && hashWildcards;
      const serverName = vh.kind === 'exact' ? nginxQuote(vh.name) : hashWildcard ? wildcardHashServerName(vh.wildcardSuffix) : wildcardServerName(vh.wildcardSuffix);
      const checkDepth = (): void => {
        if (hashWildcard) depthCheck(w, vh.wildcardSuffix, unknownHostAnswer);
      };
      // With use-forwarded-headers the redirect depends on X-Forwarded-Proto, on either listener: a
      // line of the host's own server; else plain HTTP gets a server of its own that only redirects.
      const forwardedScheme = vh.tls?.sslRedirect === true && ir.forwarded?.trustClient === true;
      const redirect = vh.tls?.sslRedirect === true && !forwardedScheme;
      // enable-access-log "false" leaves every answer of the route's location unlogged, its HTTPS
      // redirect too (ingress-nginx redirects inside the location): a host with such a route decides
      // its redirect per location, never in the server, where no location's access_log applies.
      const quiet = hasQuietRoutes(vh);
      const toHttps = httpsReturn(ir, vh.tls?.stripTrailingSlash === true);
      if (redirect) {
        w.line();
        w.block('server', () => {
          listens(false, true, false);
          w.line(`server_name ${serverName};`);
          checkDepth();
          if (quiet) redirectLocations(w, vh, toHttps);
          else w.line(toHttps);
        });
      }
      w.line();
      w.block('server', () => {
        listens(redirect, false, false);
        w.line(`server_name ${serverName};`);
        hstsServerLines(vh).forEach((l) => w.line(l));
        if (vh.tls?.certificate && vh.tls.certificate !== ir.defaultCertificate) {
          w.line(`ssl_certificate ${nginxQuote(certFile(vh.tls.certificate))};`);
          w.line(`ssl_certificate_key ${nginxQuote(keyFile(vh.tls.certificate))};`);
        }
        if (https) cipherLines(vh.tlsCiphers).forEach((l) => w.line(l));
        checkDepth();
        const schemeRedirect = forwardedScheme ? `if (${requestScheme(ir)} = http) { ${toHttps} }` : undefined;
        if (schemeRedirect && !quiet) w.line(schemeRedirect);
        if (vh.tls?.clientAuth) {
          clientAuthServerLines(vh.tls.clientAuth).forEach((l) => w.line(l));
          // Server-level headers replace the http-level ones: repeat those (nginx inherits a level's list only when the next sets none).
          [...PROXY_HEADERS, ...clientAuthHeaders(vh.tls.clientAuth)].forEach((l) => w.line(l));
        }
        const backends = new ServerBackends(upstream);
        const pages = new ServerErrorPages(upstream);
        const auth = new ServerAuth();
        const mirrors = new ServerMirrors();
        if (routeMaps?.routes(vh)) routeMaps.location(w, vh, backends);
        else locations(w, vh, backends, pages, upstream, canaries, affinity, auth, mirrors, ir, quiet ? schemeRedirect : undefined);
        backends.namedLocations(w);
        pages.namedLocations(w);
        auth.locations(w);
        mirrors.locations(w);
      });
    }
  });
  passthroughStream(w, ir, listenArg(ir.listen.https), https);
  return withRequestHeaders(withHiddenInBlocks(withHstsInBlocks(w.toString()), ir), ir);
}

export interface Loc {
  modifier: '=' | '^~' | '';
  path: string;
  upstream: string | undefined;
  policies?: RoutePolicies;
  /** Host (upstream-vhost) and X-Forwarded-Prefix settings of the route answering here. */
  filters?: RouteFilter[];
  /** The route answering here, when it has a canary (it answers in place). */
  canaryRoute?: Route;
  /** Error pages of the route answering here (errors.ts). */
  errors?: RouteErrors;
  /** proxy_redirect / proxy_cookie_* of the route answering here (response-rewrites.ts). */
  responseRewrites?: ResponseRewrites;
  /** Response headers of the route answering here (custom-headers.ts). */
  responseHeaders?: HeaderValue[];
  /** The mirror of the route answering here (mirror.ts). */
  mirror?: RouteMirror;
}

/**
 * ngx_http_access_module, as ingress-nginx writes it: deny rules, then allow rules and "deny all"
 * (the first matching rule wins; a refusal is 403, in the access phase, before proxying). The
 * client address is the connection's peer ($remote_addr; no realip module is configured).
 */
function policyLines(p: RoutePolicies | undefined, cors = true): string[] {
  if (!p) return [];
  const out: string[] = limitLines(p);
  // proxy-body-size (413 above it; 0: unlimited); without it, nginx's default is ingress-nginx's 1m.
  if (p.maxBodyBytes !== undefined) out.push(`client_max_body_size ${p.maxBodyBytes};`);
  if (p.bodyBufferSize !== undefined) out.push(`client_body_buffer_size ${nginxQuote(p.bodyBufferSize)};`);
  // proxy-*-timeout, as ingress-nginx writes them in its location.
  const t = p.timeouts;
  if (t?.connect !== undefined) out.push(`proxy_connect_timeout ${t.connect}s;`);
  if (t?.send !== undefined) out.push(`proxy_send_timeout ${t.send}s;`);
  if (t?.read !== undefined) out.push(`proxy_read_timeout ${t.read}s;`);
  out.push(...tuningLines(p.upstreamTuning));
  // nginx reads 255.255.255.255 as its "no address" value and refuses the line; that address (the
  // limited broadcast) is never a TCP peer, so leaving it out of either list changes nothing.
  const usable = (c: string): boolean => c !== '255.255.255.255/32';
  for (const c of (p.sourceDeny ?? []).filter(usable)) out.push(`deny ${nginxQuote(c)};`);
  if (p.sourceAllow) out.push(...p.sourceAllow.filter(usable).map((c) => `allow ${nginxQuote(c)};`), 'deny all;');
  // CORS: its preflight answer comes in the rewrite phase, before the access checks above, as in ingress-nginx.
  if (cors) out.push(...corsLines(p.cors));
  // enable-access-log: "false", as ingress-nginx writes it in the location.
  if (p.accessLog === false) out.push('access_log off;');
  return out;
}

const hasPolicies = (p: RoutePolicies | undefined): p is RoutePolicies => p !== undefined && (policyLines(p).length > 0 || hasAuth(p) || p.upstreamTuning !== undefined);

/**
 * A location with policies answers in place: the jump to a named location is an internal
 * redirect in the rewrite phase, which would skip this location's access phase.
 * So does one that sets headers (upstream-vhost) or timeouts: the named location would not have them;
 * one with error pages (its error_page lines apply to its own answers); one with affinity (it
 * may proxy to the endpoint its cookie names); and one with a mirror (sent in the precontent
 * phase, which a jump never reaches).
 */
const answersInPlace = (l: Loc): boolean =>
  Boolean(l.policies?.affinity || hasPolicies(l.policies) || l.filters?.length || l.errors || l.responseRewrites || l.responseHeaders || l.mirror);

/** A location that only jumps to its upstream's named location (route-maps.ts routes such hosts by maps). */
export const plainJump = (l: Loc): boolean => !l.canaryRoute && !answersInPlace(l);

/**
 * The answer after the policies: `return` runs in the rewrite phase, before the access check, so a
 * restricted route without endpoints answers its 503 from try_files (after access): a refused
 * client still gets 403.
 */
function inPlace(u: Upstream | undefined, p: RoutePolicies): string[] {
  const a = directAnswer(u);
  return (hasSourceRange(p) || hasAuth(p)) && a.length === 1 && a[0] === 'return 503;' ? ['try_files /.ingressc-no-endpoints =503;'] : a;
}

/** nginx compares location names with "/" as the lowest byte; sorting the same way keeps startup linear. */
const nginxOrderKey = (p: string): string => p.replace(/\//g, '\u0000');

/**
 * The http-level proxy_set_header lines. nginx inherits proxy_set_header only into a location that
 * sets none itself, so a location that sets a header repeats them all.
 */
export const PROXY_HEADERS = [
  // ingress-nginx's defaults: the client's Upgrade, and Connection from $connection_upgrade (upstream-tuning.ts).
  'proxy_set_header Upgrade $http_upgrade;',
  'proxy_set_header Connection $connection_upgrade;',
  'proxy_set_header Host $http_host;',
  ...FORWARDED_HEADERS,
];

/**
 * A route's filters as directives before its proxy_pass (ingress-nginx's buildProxyPass). A
 * location that sets a header inherits no http- or server-level proxy_set_header, so it repeats
 * them, with the host's client-certificate headers (`hostHeaders`, clientcert.ts); `authHeaders`
 * (auth.ts) are always set.
 */
function filterLines(filters: readonly RouteFilter[] | undefined, hostHeaders: readonly string[] = [], authHeaders: readonly string[] = []): string[] {
  const out: string[] = [];
  let headers = false;
  // Every header the route sets (Host from upstream-vhost, X-Forwarded-Prefix): the http-level line of that name is dropped.
  const setNames = new Set((filters ?? []).flatMap((f) => (f.type === 'RequestHeaderModifier' ? f.set.map((h) => h.name.toLowerCase()) : [])));
  const inherited = (): string[] => [...PROXY_HEADERS, ...hostHeaders].filter((l) => ![...setNames].some((n) => l.toLowerCase().startsWith(`proxy_set_header ${n} `)));
  if (authHeaders.length) {
    out.push(...inherited());
    headers = true;
  }
  out.push(...authHeaders);
  for (const f of filters ?? []) {
    if (f.type === 'URLRewrite') {
      // `break`: the rewritten URI is proxied without another location search; args are kept.
      const re = `(?i)${renderPortable(parsePortable(f.path.pattern), 'pcre')}`;
      out.push(`rewrite ${nginxQuote(re)} ${nginxRewriteTarget(f.path.replacement)} break;`);
    } else if (f.type === 'RequestHeaderModifier') {
      if (!headers) out.push(...inherited());
      headers = true;
      for (const h of f.set) out.push(`proxy_set_header ${nginxHeaderName(h.name)} ${nginxQuote(h.value)};`);
    }
  }
  return out;
}

/** A redirect every request of the location gets: nothing after it runs (it answers in the rewrite phase, before access checks, as in ingress-nginx). */
const answersRedirect = (filters: readonly RouteFilter[] | undefined): boolean => filters?.some((f) => f.type === 'RequestRedirect' && !f.plainHttpOnly) === true;

function locations(
  w: TextWriter,
  vh: VirtualHost,
  backends: ServerBackends,
  pages: ServerErrorPages,
  upstream: (id: string | undefined) => Upstream | undefined,
  canaries: NginxCanaries,
  affinity: NginxAffinity,
  auth: ServerAuth,
  mirrors: ServerMirrors,
  ir: Pick<RouteTable, 'listen'>,
  /** A line every location of the host begins with (the use-forwarded-headers HTTPS redirect of a host with a quiet route). */
  first?: string,
): void {
  // Redirects answer first, in the rewrite phase (src/emit/nginx/redirects.ts).
  const redirects = (filters: readonly RouteFilter[] | undefined): string[] => (filters ?? []).flatMap((f) => (f.type === 'RequestRedirect' ? redirectLines(f, ir) : []));
  const fallbackFilters: RouteFilter[] = vh.fallbackRedirect ? [vh.fallbackRedirect] : [];
  type Answering = { filters?: RouteFilter[] | undefined; policies?: RoutePolicies | undefined; errors?: RouteErrors | undefined; responseRewrites?: ResponseRewrites | undefined; responseHeaders?: HeaderValue[] | undefined; mirror?: RouteMirror | undefined };
  /** What a location does before it proxies: error pages, filters, response rewrites, policies, authentication. */
  const steps = (a: Answering, beforeRewrite: string[] = []): string[] => [
    ...redirects(a.filters),
    ...pages.setLines(a.errors),
    // CORS and affinity (`set`, `if`) before a rewrite: `rewrite ... break` ends the rewrite phase, and
    // ingress-nginx's CORS block (its preflight `return 204`) comes before the rewrite in the location.
    ...corsLines(a.policies?.cors),
    ...beforeRewrite,
    // A location that sets a header repeats the server's client-certificate headers (clientcert.ts),
    // and adds its authentication's (auth.ts).
    ...filterLines(withConnectionHeader(a.filters, a.policies), clientAuthHeaders(vh.tls?.clientAuth), auth.headerLines(a.policies)),
    ...pages.lines(a.errors),
    ...responseRewriteLines(a.responseRewrites),
    ...responseHeaderLines(a.responseHeaders),
    ...policyLines(a.policies, false),
    ...auth.lines(a.policies),
    // The copy is sent in nginx's precontent phase: only requests the location goes on to proxy.
    ...mirrors.lines(a.mirror),
  ];
  /** A location's lines: `first`, then its own; a redirect of a quiet route unlogged, as ingress-nginx's location. */
  const block = (head: string, body: string[], quietRedirect = false): void => {
    w.block(head, () => [...(first ? [first] : []), ...(quietRedirect ? ['access_log off;'] : []), ...body].forEach((d) => w.line(d)));
  };
  /** A route with a canary answers in place through its canary maps (canary.ts). */
  const answer = (r: Route | undefined, a: Answering, plain: () => string[]): string[] => {
    if (!r?.canary) return plain();
    const c = canaries.answer(r, upstream(r.upstream));
    return adaptForGrpc([...c.before, ...steps(a, c.affinity), ...c.after], upstream(r.upstream), PROXY_HEADERS);
  };
  if (vh.pathOrder === 'regex-first-match') {
    // ingress-nginx's regex mode: regex locations in the IR's order (nginx tries them in file
    // order, first match wins); `location /` is taken only when none matches. They answer in place:
    // `rewrite ... break` ends the rewrite phase, so a jump's `return` would never run.
    for (const r of vh.ordered ?? []) {
      const head = `location ~* ${nginxQuote(renderPortable(locationRegex(r.path), 'pcre'))}`;
      if (answersRedirect(r.filters)) block(head, redirects(r.filters), isQuiet(r));
      else block(head, answer(r, r, () => adaptForGrpc([...steps(r, affinity.lines(r.policies?.affinity, upstream(r.upstream))), ...inPlace(upstream(r.upstream), r.policies ?? {})], upstream(r.upstream), PROXY_HEADERS)));
    }
    block('location /', [...redirects(fallbackFilters), ...backends.jump(vh.fallback)]);
    return;
  }
  for (const l of locationPlan(vh, fallbackFilters)) {
    const head = locationHead(l);
    // A redirect for every request answers alone; answersInPlace says which others do not jump.
    if (answersRedirect(l.filters)) {
      block(head, redirects(l.filters), isQuiet(l));
      continue;
    }
    block(
      head,
      answer(l.canaryRoute, l, () =>
        answersInPlace(l)
          ? adaptForGrpc([...steps(l), ...affinity.lines(l.policies?.affinity, upstream(l.upstream)), ...inPlace(upstream(l.upstream), l.policies ?? {})], upstream(l.upstream), PROXY_HEADERS)
          : backends.jump(l.upstream),
      ),
    );
  }
}

/** The locations of a host outside regex mode, in file order: exact and element-wise prefix paths as ingress-nginx writes them. */
export function locationPlan(vh: VirtualHost, fallbackFilters: RouteFilter[]): Loc[] {
  const locs: Loc[] = [];
  const exactPaths = new Set(vh.exact.map((r) => r.path));
  const pol = (r: Route): Pick<Loc, 'policies' | 'filters' | 'errors' | 'responseRewrites' | 'responseHeaders' | 'canaryRoute' | 'mirror'> => ({
    ...(r.policies ? { policies: r.policies } : {}),
    ...(r.filters?.length ? { filters: r.filters } : {}),
    ...(r.errors ? { errors: r.errors } : {}),
    ...(r.responseRewrites ? { responseRewrites: r.responseRewrites } : {}),
    ...(r.responseHeaders ? { responseHeaders: r.responseHeaders } : {}),
    ...(r.mirror ? { mirror: r.mirror } : {}),
    ...(r.canary ? { canaryRoute: r } : {}),
  });
  for (const r of vh.exact) locs.push({ modifier: '=', path: r.path, upstream: r.upstream, ...pol(r) });
  let root = false;
  for (const r of vh.prefix) {
    if (r.match === 'StringPrefix' && r.path !== '/') {
      locs.push({ modifier: '^~', path: r.path, upstream: r.upstream, ...pol(r) });
      continue;
    }
    if (r.path === '/') {
      root = true;
      locs.push({ modifier: '', path: '/', upstream: r.upstream, ...pol(r) });
      continue;
    }
    // Element-wise Prefix: "/p" itself, and everything under "/p/" (never "/pfoo").
    if (!exactPaths.has(r.path)) locs.push({ modifier: '=', path: r.path, upstream: r.upstream, ...pol(r) });
    locs.push({ modifier: '^~', path: `${r.path}/`, upstream: r.upstream, ...pol(r) });
  }
  if (!root) locs.push({ modifier: '', path: '/', upstream: vh.fallback, ...(fallbackFilters.length ? { filters: fallbackFilters } : {}) });
  // nginx answers "/p" with a 301 to "/p/" when only a "/p/" location proxies: give "/p" an
  // exact location serving what the IR says "/p" gets.
  const exactNames = new Set(locs.filter((l) => l.modifier === '=').map((l) => l.path));
  for (const l of [...locs]) {
    if (l.path === '/' || !l.path.endsWith('/')) continue;
    const bare = l.path.slice(0, -1);
    if (exactNames.has(bare)) continue;
    exactNames.add(bare);
    const m = matchPath(vh, bare);
    locs.push({ modifier: '=', path: bare, upstream: m?.upstream ?? vh.fallback, ...(m ? pol(m) : fallbackFilters.length ? { filters: fallbackFilters } : {}) });
  }
  return locs.sort((a, b) => {
    const ka = nginxOrderKey(a.path), kb = nginxOrderKey(b.path);
    if (ka !== kb) return ka < kb ? -1 : 1;
    return a.modifier === '=' ? -1 : b.modifier === '=' ? 1 : 0;
  });
}

const locationHead = (l: Loc): string => (l.modifier === '' && l.path === '/' ? 'location /' : `location ${l.modifier} ${nginxQuote(l.path)}`);

/**
 * The plain-HTTP server of a TLS host that redirects to HTTPS, when a route of the host is quiet
 * (enable-access-log "false"): the host's locations, each answering the redirect, the quiet ones
 * unlogged, so that a request is logged as the location it would reach says.
 */
function redirectLocations(w: TextWriter, vh: VirtualHost, redirect: string): void {
  const at = (head: string, quiet: boolean): void => {
    w.block(head, () => [...(quiet ? ['access_log off;'] : []), redirect].forEach((d) => w.line(d)));
  };
  if (vh.pathOrder === 'regex-first-match') {
    for (const r of vh.ordered ?? []) at(`location ~* ${nginxQuote(renderPortable(locationRegex(r.path), 'pcre'))}`, isQuiet(r));
    at('location /', false);
    return;
  }
  for (const l of locationPlan(vh, [])) at(locationHead(l), isQuiet(l));
}

