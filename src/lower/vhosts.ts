import type { Diagnostics } from '../diagnostics/collector.js';
import type { SourceRef } from '../diagnostics/types.js';
import type { HostKind, Route, VirtualHost } from '../ir/types.js';
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

/** Accumulates one host's routes from every Ingress, resolving conflicts as they arrive. */
export class VhostBuilder {
  private readonly exact = new Map<string, Owned>();
  private readonly prefix = new Map<string, Owned>();
  fallback?: { upstream: string; owner: IngressModel; origin: SourceRef };
  /** The first Ingress (in precedence order) with a rule for this host: it alone decides the fallback. */
  private fallbackOwner?: IngressModel;

  constructor(
    readonly name: string,
    readonly origin: SourceRef,
  ) {}

  /** Ingresses must arrive in precedence order: the first definition of a matcher wins. */
  add(p: PathModel, upstream: string, owner: IngressModel, diags: Diagnostics, extras: Pick<Route, 'filters' | 'policies'> = {}): void {
    const match = p.pathType === 'Exact' ? 'Exact' : 'Prefix';
    const path = match === 'Prefix' && p.path !== '/' ? p.path.replace(/\/+$/, '') : p.path;
    const route: Route = { path, match, pathType: p.pathType, sourcePath: p.path, upstream, ingress: owner.id, ...extras, origin: p.ref };
    const table = match === 'Exact' ? this.exact : this.prefix;
    const prev = table.get(path);
    if (!prev) {
      table.set(path, { route, owner });
      return;
    }
    const host = this.name === '*' ? '(any host)' : this.name;
    if (match === 'Prefix' && prev.route.sourcePath !== route.sourcePath) {
      // "/foo" and "/foo/" are one matcher; the longer path wins whatever the Ingress order.
      const [win, lose] = route.sourcePath.length > prev.route.sourcePath.length ? [{ route, owner }, prev] : [prev, { route, owner }];
      table.set(path, win);
      diags.report('IC3004', lose.route.origin, { path: lose.route.sourcePath, other: win.route.sourcePath, host, winner: win.route.sourcePath });
      return;
    }
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
    const prefixByPath = this.prefix;
    const exact: Route[] = [];
    for (const { route } of this.exact.values()) {
      const shadow = prefixByPath.get(route.path);
      // Prefix "/foo/" is longer than Exact "/foo" and matches "/foo": longest path wins.
      if (shadow && shadow.route.sourcePath.length > route.sourcePath.length) {
        diags.report('IC3005', route.origin, { path: route.path, host: this.name, other: shadow.route.sourcePath });
        continue;
      }
      exact.push(route);
    }
    exact.sort((a, b) => compareStrings(a.path, b.path));
    const prefix = [...prefixByPath.values()].map((o) => o.route).sort((a, b) => b.path.length - a.path.length || compareStrings(a.path, b.path));
    const kind = hostKind(this.name);
    return {
      name: this.name,
      kind,
      wildcardSuffix: kind === 'wildcard' ? this.name.slice(2) : '',
      exact,
      prefix,
      ...(this.fallback ? { fallback: this.fallback.upstream, fallbackOrigin: this.fallback.origin } : {}),
      origin: this.origin,
    };
  }
}


/** Exact hosts, then wildcards, then "*"; by name inside a class. */
export function compareVhosts(a: VirtualHost, b: VirtualHost): number {
  const rank = { exact: 0, wildcard: 1, any: 2 } as const;
  return rank[a.kind] - rank[b.kind] || compareStrings(a.name, b.name);
}
