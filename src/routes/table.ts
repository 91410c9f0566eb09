import { analyze } from '../compile.js';
import { sortDiagnostics } from '../diagnostics/collector.js';
import type { Diagnostic, SourceRef } from '../diagnostics/types.js';
import type { HostKind, PathMatch, Route, RouteTable, Upstream, VirtualHost } from '../ir/types.js';
import type { CompileOptionsInput } from '../options.js';
import type { SourceFile } from '../parse/source.js';
import { upstreamConnection } from '../ir/match.js';

/** One line of the route table: a route, a host's fallback, or the global default backend. */
export interface RouteRow {
  /** Virtual host name ("cafe.example.com", "*.example.com", "*" for rules without host); "" for the global default. */
  host: string;
  hostKind: HostKind | 'default';
  /** Normalised path (Prefix without trailing "/"); "" for fallbacks and the default backend. */
  path: string;
  match: PathMatch | 'Fallback' | 'Default' | 'Passthrough';
  /** pathType as written (ImplementationSpecific is matched as Prefix). */
  pathType?: Route['pathType'];
  /** "namespace/service:port". */
  backend: string;
  /** Upstream id in the generated configs. */
  upstream: string;
  /**
   * "redirect": HTTPS, plain HTTP answered with 308; "https": served on both; "none": no TLS section;
   * "passthrough": a TLS connection with that SNI goes undecrypted to the backend (ssl-passthrough).
   */
  tls: 'redirect' | 'https' | 'none' | 'passthrough';
  /** Certificate id ("namespace-secret") when the host has a TLS section with a secret. */
  certificate?: string;
  /** "namespace/name" of the Ingress that defined the row. */
  ingress?: string;
  /** The route's canary (ingress-nginx canary-*): its backend and how requests are sent there. */
  canary?: {
    backend: string;
    upstream: string;
    ingress: string;
    /** The affinity cookies that decide first (RouteCanary step 0): the main side's, the canary side's. */
    affinity?: { main?: string; canary?: string };
    header?: { name: string; value?: string; pattern?: string };
    cookie?: string;
    weight: number;
    weightTotal: number;
  };
  origin?: SourceRef;
}

export interface RoutesResult {
  ok: boolean;
  rows: RouteRow[];
  ir?: RouteTable;
  diagnostics: Diagnostic[];
}

export const backendName = (u: Upstream | undefined, id: string): string => {
  if (!u) return id;
  const via = upstreamConnection(u);
  return `${u.namespace}/${u.service}:${u.port}${via ? ` (${via})` : ''}`;
};

/** The IR's route table, in precedence order per host (exact paths, then longest prefix first, then the fallback). */
export function routeRows(ir: RouteTable): RouteRow[] {
  const ups = new Map(ir.upstreams.map((u) => [u.id, u]));
  const rows: RouteRow[] = [];
  const tlsOf = (vh: VirtualHost): Pick<RouteRow, 'tls' | 'certificate'> =>
    vh.tls ? { tls: vh.tls.sslRedirect ? 'redirect' : 'https', ...(vh.tls.certificate ? { certificate: vh.tls.certificate } : {}) } : { tls: 'none' };
  for (const vh of ir.vhosts) {
    for (const r of vh.pathOrder === 'regex-first-match' ? (vh.ordered ?? []) : [...vh.exact, ...vh.prefix]) {
      const c = r.canary;
      const canary = c
        ? {
            canary: {
              backend: backendName(ups.get(c.upstream), c.upstream),
              upstream: c.upstream,
              ingress: c.ingress,
              ...(r.policies?.affinity || c.affinity ? { affinity: { ...(r.policies?.affinity ? { main: r.policies.affinity.cookie } : {}), ...(c.affinity ? { canary: c.affinity.cookie } : {}) } } : {}),
              ...(c.header ? { header: c.header } : {}),
              ...(c.cookie !== undefined ? { cookie: c.cookie } : {}),
              weight: c.weight,
              weightTotal: c.weightTotal,
            },
          }
        : {};
      rows.push({ host: vh.name, hostKind: vh.kind, path: r.path, match: r.match, pathType: r.pathType, backend: backendName(ups.get(r.upstream), r.upstream), upstream: r.upstream, ...tlsOf(vh), ingress: r.ingress, origin: r.origin, ...canary });
    }
    if (vh.fallback) {
      rows.push({ host: vh.name, hostKind: vh.kind, path: '', match: 'Fallback', backend: backendName(ups.get(vh.fallback), vh.fallback), upstream: vh.fallback, ...tlsOf(vh), ...(vh.fallbackOrigin ? { origin: vh.fallbackOrigin } : {}) });
    }
  }
  // ssl-passthrough: HTTPS for the host never reaches the rows above (plain HTTP still does).
  for (const p of ir.passthrough ?? []) {
    rows.push({ host: p.host, hostKind: 'exact', path: '', match: 'Passthrough', backend: backendName(ups.get(p.upstream), p.upstream), upstream: p.upstream, tls: 'passthrough', ingress: p.ingress, origin: p.origin });
  }
  if (ir.defaultUpstream) {
    const u = ups.get(ir.defaultUpstream);
    rows.push({ host: '', hostKind: 'default', path: '', match: 'Default', backend: backendName(u, ir.defaultUpstream), upstream: ir.defaultUpstream, tls: 'none', ...(u ? { origin: u.origin } : {}) });
  }
  return rows;
}

/** parse → validate → lower, then the route table. Pure, like compile. */
export function routes(sources: readonly SourceFile[], options: Omit<CompileOptionsInput, 'target'> = {}): RoutesResult {
  const { ir, diags } = analyze(sources, options);
  const diagnostics = sortDiagnostics(diags.items);
  if (!ir || diags.hasErrors()) return { ok: false, rows: [], diagnostics };
  return { ok: true, rows: routeRows(ir), ir, diagnostics };
}
