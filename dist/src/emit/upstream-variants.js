import { withConnectionHeader } from './connection-header.js';
import { otherHeaderSets, upstreamHost } from '../ir/types.js';
export const settingsOf = (r) => {
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
        ...(r?.policies?.upstreamTuning?.requestBuffering ? { bufferRequest: true } : {}),
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
    settingKeys;
    byKey = new Map();
    byName = new Map();
    count = new Map();
    /**
     * `settingKeys`: kept text of each route's settings (null: none), for callers that name the same
     * route objects again: the text does not depend on the variants named so far, so one map can
     * serve several instances (Caddy's two servers).
     */
    constructor(settingKeys) {
        this.settingKeys = settingKeys;
    }
    /** The backend name for `upstream` as used by `route` (none: a fallback or default). */
    name(upstream, route) {
        const settingsKey = route === undefined ? null : this.settingsKey(route);
        if (settingsKey === null)
            return upstream;
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
    settingsKey(route) {
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
    named(name) {
        return this.byName.get(name);
    }
    /** Every variant named so far, in order of first use. */
    all() {
        return [...this.byKey.values()];
    }
}
