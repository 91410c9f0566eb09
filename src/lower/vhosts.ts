import type { Diagnostics } from '../diagnostics/collector.js';
import type { SourceRef } from '../diagnostics/types.js';
import type { HostKind, Route, RouteFilter, VirtualHost } from '../ir/types.js';
import { STRICT_PATH_RE } from '../util/k8s-names.js';
import type { IngressModel, PathModel } from '../validate/model.js';
import { describePrecedence } from './precedence.js';
import { compareStrings } from '../util/compare.js';

const fmt = (r: SourceRef): string => `${r.file}:${r.line}:${r.col}`;

export function hostKind(name: string): HostKind {
  return name === '*' ? 'any' : name.startsWith('*.') ? 'wildcard' : 'exact';
}

interface Owned {
  route: Route;
  owner: IngressModel;
}

interface Entry {
  p: PathModel;
  upstream: string;
  owner: IngressModel;
  /** ImplementationSpecific read as ingress-nginx does (a string prefix). */
  stringPrefix: boolean;
  /** upstream-vhost (a Host filter) and the timeouts (lower/upstream-settings.ts); error pages (lower/errors.ts). */
  extras: Pick<Route, 'filters' | 'policies' | 'errors' | 'responseRewrites'>;
}

/** The Ingress's policies (source ranges, body size) with its timeouts. */
const policiesOf = (owner: IngressModel, extras: Entry['extras']): Pick<Route, 'policies'> => {
  const p = { ...(owner.policies ?? {}), ...(extras.policies ?? {}) };
  return Object.keys(p).length ? { policies: p } : {};
};

/** Does this path of `owner` switch its host into ingress-nginx's regex mode (enforceRegexModifier)? */
const wantsRegex = (owner: IngressModel, path: string): boolean =>
  owner.paths.useRegex || (owner.paths.rewriteTarget !== undefined && owner.paths.rewriteTarget !== path);

/** ingress-nginx's order of regex locations: longer path text first, then path text descending. */
const compareLocations = (a: Route, b: Route): number => b.path.length - a.path.length || compareStrings(b.path, a.path);

/** "/p" for Prefix is stored under "/p/" (what it matches below itself); StringPrefix under its text. */
const prefixKey = (r: Route): string => (r.match === 'StringPrefix' || r.path === '/' ? r.path : `${r.path}/`);

/** Accumulates one host's routes from every Ingress; conflicts are resolved in build(). */
export class VhostBuilder {
  private readonly entries: Entry[] = [];
  fallback?: { upstream: string; owner: IngressModel; origin: SourceRef };
  /** The first Ingress (in precedence order) with a rule for this host: it alone decides the fallback. */
  fallbackOwner?: IngressModel;

  constructor(
    readonly name: string,
    readonly origin: SourceRef,
  ) {}

  /** Ingresses must arrive in precedence order: the first definition of a matcher wins. */
  add(p: PathModel, upstream: string, owner: IngressModel, stringPrefix: boolean, extras: Pick<Route, 'filters' | 'policies' | 'errors' | 'responseRewrites'> = {}): void {
    this.entries.push({ p, upstream, owner, stringPrefix, extras });
  }

  private get hostName(): string {
    return this.name === '*' ? '(any host)' : this.name;
  }

  private conflict(route: Route, prev: Owned, owner: IngressModel, diags: Diagnostics): void {
    diags.report('IC3001', route.origin, {
      host: this.name === '*' ? '' : this.name,
      path: route.sourcePath,
      pathType: route.pathType,
      other: `Ingress ${prev.owner.id}`,
      otherLoc: fmt(prev.route.origin),
      winner: `Ingress ${prev.owner.id}`,
      why: describePrecedence(prev.owner, owner),
    });
  }

  /**
   * Called once per Ingress rule for this host, in precedence order. As ingress-nginx's
   * createServers, the first Ingress to name the host creates its server: its defaultBackend (or
   * none: the global default) is the host's fallback; later Ingresses' defaultBackends are not used.
   */
  claimFallback(own: { upstream: string; origin: SourceRef } | undefined, owner: IngressModel, diags: Diagnostics): void {
    if (!this.fallbackOwner) {
      this.fallbackOwner = owner;
      if (own) this.fallback = { ...own, owner };
      return;
    }
    if (own && owner !== this.fallbackOwner && this.fallback?.upstream !== own.upstream)
      diags.report('IC3006', own.origin, { host: this.name, other: `Ingress ${this.fallbackOwner.id}`, ingress: owner.id });
  }

  build(diags: Diagnostics): VirtualHost {
    const kind = hostKind(this.name);
    const regexBy = this.entries.find((e) => wantsRegex(e.owner, e.p.path));
    const paths = regexBy ? { exact: [], prefix: [], pathOrder: 'regex-first-match' as const, ordered: this.regexRoutes(regexBy, diags) } : this.longestRoutes(diags);
    return {
      name: this.name,
      kind,
      wildcardSuffix: kind === 'wildcard' ? this.name.slice(2) : '',
      ...paths,
      ...(this.fallback ? { fallback: this.fallback.upstream, fallbackOrigin: this.fallback.origin } : {}),
      origin: this.origin,
    };
  }

  /** v1 model: Exact, then the longest Prefix or StringPrefix. */
  private longestRoutes(diags: Diagnostics): { exact: Route[]; prefix: Route[] } {
    const exactBy = new Map<string, Owned>();
    const prefixBy = new Map<string, Owned>();
    for (const { p, upstream, owner, stringPrefix, extras } of this.entries) {
      if (!STRICT_PATH_RE.test(p.path)) {
        diags.report('IC3050', p.pathRef, { path: p.path, ingress: owner.id, host: this.hostName });
        continue;
      }
      const match = p.pathType === 'Exact' ? 'Exact' : stringPrefix && p.pathType === 'ImplementationSpecific' ? 'StringPrefix' : 'Prefix';
      const path = match === 'Prefix' && p.path !== '/' ? p.path.replace(/\/+$/, '') : p.path;
      const route: Route = { path, match, pathType: p.pathType, sourcePath: p.path, upstream, ingress: owner.id, ...(extras.filters ? { filters: extras.filters } : {}), ...policiesOf(owner, extras), ...(extras.errors ? { errors: extras.errors } : {}), ...(extras.responseRewrites ? { responseRewrites: extras.responseRewrites } : {}), origin: p.ref };
      const table = match === 'Exact' ? exactBy : prefixBy;
      const key = match === 'Exact' ? path : prefixKey(route);
      const prev = table.get(key);
      if (!prev) {
        table.set(key, { route, owner });
        continue;
      }
      if (match === 'Prefix' && prev.route.match === 'Prefix' && prev.route.sourcePath !== route.sourcePath) {
        // "/foo" and "/foo/" are one matcher; the longer path wins whatever the Ingress order.
        const [win, lose] = route.sourcePath.length > prev.route.sourcePath.length ? [{ route, owner }, prev] : [prev, { route, owner }];
        table.set(key, win);
        diags.report('IC3004', lose.route.origin, { path: lose.route.sourcePath, other: win.route.sourcePath, host: this.hostName, winner: win.route.sourcePath });
        continue;
      }
      this.conflict(route, prev, owner, diags);
    }
    const exact: Route[] = [];
    for (const { route } of exactBy.values()) {
      const shadow = prefixBy.get(route.path === '/' ? '/' : `${route.path}/`);
      // Prefix "/foo/" is longer than Exact "/foo" and matches "/foo": longest path wins.
      if (shadow && shadow.route.match === 'Prefix' && shadow.route.sourcePath.length > route.sourcePath.length) {
        diags.report('IC3005', route.origin, { path: route.path, host: this.name, other: shadow.route.sourcePath });
        continue;
      }
      exact.push(route);
    }
    exact.sort((a, b) => compareStrings(a.path, b.path));
    // Longest first by what each matches below itself ("/p" Prefix: "/p/"), so the first hit is nginx's longest location.
    const prefix = [...prefixBy.values()].map((o) => o.route).sort((a, b) => prefixKey(b).length - prefixKey(a).length || compareStrings(prefixKey(a), prefixKey(b)));
    return { exact, prefix };
  }

  /**
   * ingress-nginx's regex mode (template.go buildLocation, controller.go updateServerLocations and
   * its two stable sorts): every location becomes `~* "^<path>"`. A Prefix path of an Ingress without
   * use-regex or rewrite is first normalised to "<path>/" plus an Exact clone "<path>" (none when an
   * Exact location of that path exists), so it ends up a string prefix; Exact paths lose exactness.
   */
  private regexRoutes(why: Entry, diags: Diagnostics): Route[] {
    diags.report('IC3052', why.p.ref, { host: this.hostName, why: `${why.owner.id} sets ${why.owner.paths.useRegex ? 'use-regex' : 'rewrite-target'}` });
    const exactPaths = new Set(this.entries.filter((e) => e.p.pathType === 'Exact').map((e) => e.p.path));
    const byText = new Map<string, Owned>();
    for (const { p, upstream, owner, extras } of this.entries) {
      const rewrites = owner.paths.rewriteTarget !== undefined && owner.paths.rewriteTarget !== p.path;
      let texts = [p.path];
      if (p.pathType === 'Prefix' && p.path !== '/' && !rewrites && !owner.paths.useRegex) {
        const normalised = p.path.endsWith('/') ? p.path : `${p.path}/`;
        texts = exactPaths.has(p.path) ? [normalised] : [normalised, p.path];
      }
      const filters: RouteFilter[] = [...(extras.filters ?? [])];
      if (rewrites) {
        filters.push({ type: 'URLRewrite', path: { type: 'RegexReplace', pattern: p.path, replacement: owner.paths.rewriteTarget!.replace(/\$([1-9])/g, '{$1}') } });
        // ingress-nginx sends X-Forwarded-Prefix only in its rewrite branch (buildProxyPass).
        if (owner.paths.xForwardedPrefix !== undefined) filters.push({ type: 'RequestHeaderModifier', set: [{ name: 'X-Forwarded-Prefix', value: owner.paths.xForwardedPrefix }] });
      }
      for (const text of new Set(texts)) {
        const route: Route = { path: text, match: 'RegularExpression', pathType: p.pathType, sourcePath: p.path, upstream, ingress: owner.id, ...policiesOf(owner, extras), ...(extras.errors ? { errors: extras.errors } : {}), ...(extras.responseRewrites ? { responseRewrites: extras.responseRewrites } : {}), origin: p.ref, ...(filters.length ? { filters } : {}) };
        const prev = byText.get(text);
        if (!prev) byText.set(text, { route, owner });
        else if (prev.owner !== owner) this.conflict(route, prev, owner, diags);
      }
    }
    return [...byText.values()].map((o) => o.route).sort(compareLocations);
  }
}


/** Exact hosts, then wildcards, then "*"; by name inside a class. */
export function compareVhosts(a: VirtualHost, b: VirtualHost): number {
  const rank = { exact: 0, wildcard: 1, any: 2 } as const;
  return rank[a.kind] - rank[b.kind] || compareStrings(a.name, b.name);
}
