import { withConnectionHeader } from './connection-header.js';
import { otherHeaderSets, upstreamHost, type HeaderValue, type ResponseRewrites, type Route, type UpstreamRetry, type UpstreamTimeouts } from '../ir/types.js';

/** The per-route proxy settings that targets keep on a backend/cluster rather than on the route. */
export interface VariantSettings {
  host?: string;
  timeouts?: UpstreamTimeouts;
  /** Other request headers the route sets (a default-backend stand-in's X-Code and context, errors.ts). */
  headers?: { name: string; value: string }[];
  /** A request header that gets a copy of the client's Accept, when it sent one (a stand-in's X-Format). */
  acceptAs?: string;
  /** Rewrites of the upstream's response headers (proxy-redirect, proxy-cookie). */
  responseRewrites?: ResponseRewrites;
  /** Upstream statuses that go to the route's error pages instead of the client (RouteErrors). */
  intercept?: number[];
  /** proxy-next-upstream*: where a target keeps retries on the backend (HAProxy, Caddy). */
  retry?: UpstreamRetry;
  /** proxy-request-buffering "on": the backend gets the request once its body is read (HAProxy). */
  bufferRequest?: true;
  /** Response headers that replace the upstream's (Route.responseHeaders: custom-headers, add-headers). */
  responseHeaders?: HeaderValue[];
}

export interface Variant extends VariantSettings {
  /** The name of the backend/cluster/named route: the upstream id, or `<id>.v<n>` for a variant. */
  name: string;
  upstream: string;
}

export const settingsOf = (r: Pick<Route, 'filters' | 'policies' | 'errors' | 'responseRewrites' | 'responseHeaders'> | undefined): VariantSettings => {
  const host = r ? upstreamHost(r) : undefined;
  const t = r?.policies?.timeouts;
  // connection-proxy-header travels as one more header the route sets (connection-header.ts).
  const headers = r ? otherHeaderSets({ filters: withConnectionHeader(r.filters, r.policies) }) : [];
  return {
    ...(host !== undefined ? { host } : {}),
    ...(t && Object.keys(t).length > 0 ? { timeouts: t } : {}),
    ...(headers.length ? { headers } : {}),
    ...(r?.errors?.standIn ? { acceptAs: 'X-Format' } : {}),
    ...(r?.responseRewrites ? { responseRewrites: r.responseRewrites } : {}),
    ...(r?.errors?.upstreamResponses && r.errors.codes.length > 0 ? { intercept: r.errors.codes } : {}),
    ...(r?.policies?.upstreamTuning?.retry ? { retry: r.policies.upstreamTuning.retry } : {}),
    ...(r?.policies?.upstreamTuning?.requestBuffering ? { bufferRequest: true as const } : {}),
    ...(r?.responseHeaders?.length ? { responseHeaders: r.responseHeaders } : {}),
  };
};

/**
 * Where a target sets the upstream Host or timeouts per backend (HAProxy backends, Envoy clusters,
 * Caddy's shared reverse_proxy handlers), routes of one upstream with different settings need
 * backends of their own. A route without settings uses the upstream's own (its id); each distinct
 * setting gets `<id>.v<n>` in order of first use, which is deterministic because the IR is. "." never
 * occurs in an upstream id, so a variant cannot take another upstream's name.
 */
export class UpstreamVariants {
  private readonly byKey = new Map<string, Variant>();
  private readonly byName = new Map<string, Variant>();
  private readonly count = new Map<string, number>();

  /**
   * `settingKeys`: kept text of each route's settings (null: none), for callers that name the same
   * route objects again: the text does not depend on the variants named so far, so one map can
   * serve several instances (Caddy's two servers).
   */
  constructor(private readonly settingKeys?: Map<object, string | null>) {}

  /** The backend name for `upstream` as used by `route` (none: a fallback or default). */
  name(upstream: string, route?: Pick<Route, 'filters' | 'policies' | 'errors' | 'responseRewrites' | 'responseHeaders'>): string {
    const settingsKey = route === undefined ? null : this.settingsKey(route);
    if (settingsKey === null) return upstream;
    // JSON text of the upstream, then the settings': no other pair gives the same key.
    const key = `${JSON.stringify(upstream)},${settingsKey}`;
    let v = this.byKey.get(key);
    if (!v) {
      const n = (this.count.get(upstream) ?? 0) + 1;
      this.count.set(upstream, n);
      v = { name: `${upstream}.v${n}`, upstream, ...settingsOf(route) };
      this.byKey.set(key, v);
      this.byName.set(v.name, v);
    }
    return v.name;
  }

  private settingsKey(route: Pick<Route, 'filters' | 'policies' | 'errors' | 'responseRewrites' | 'responseHeaders'>): string | null {
    let k = this.settingKeys?.get(route);
    if (k === undefined) {
      const settings = settingsOf(route);
      const t = settings.timeouts;
      k = Object.keys(settings).length === 0 ? null : JSON.stringify([settings.host ?? null, t?.connect ?? null, t?.send ?? null, t?.read ?? null, settings.headers ?? null, settings.acceptAs ?? null, settings.responseRewrites ?? null, settings.intercept ?? null, settings.retry ?? null, settings.bufferRequest ?? null, settings.responseHeaders ?? null]);
      this.settingKeys?.set(route, k);
    }
    return k;
  }

  /** The variant of this name (undefined for an upstream's own name): a lookup, not a search of all() (issue 17). */
  named(name: string): Variant | undefined {
    return this.byName.get(name);
  }

  /** Every variant named so far, in order of first use. */
  all(): Variant[] {
    return [...this.byKey.values()];
  }
}
