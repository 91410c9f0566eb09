import { upstreamHost } from '../ir/types.js';
export const settingsOf = (r) => {
    const host = r ? upstreamHost(r) : undefined;
    const t = r?.policies?.timeouts;
    return { ...(host !== undefined ? { host } : {}), ...(t && Object.keys(t).length > 0 ? { timeouts: t } : {}) };
};
/**
 * Where a target sets the upstream Host or timeouts per backend (HAProxy backends, Envoy clusters,
 * Caddy's shared reverse_proxy handlers), routes of one upstream with different settings need
 * backends of their own. A route without settings uses the upstream's own (its id); each distinct
 * setting gets `<id>.v<n>` in order of first use, which is deterministic because the IR is. "." never
 * occurs in an upstream id, so a variant cannot take another upstream's name.
 */
export class UpstreamVariants {
    byKey = new Map();
    count = new Map();
    /** The backend name for `upstream` as used by `route` (none: a fallback or default). */
    name(upstream, route) {
        const settings = settingsOf(route);
        if (settings.host === undefined && settings.timeouts === undefined)
            return upstream;
        const key = JSON.stringify([upstream, settings.host ?? null, settings.timeouts?.connect ?? null, settings.timeouts?.send ?? null, settings.timeouts?.read ?? null]);
        let v = this.byKey.get(key);
        if (!v) {
            const n = (this.count.get(upstream) ?? 0) + 1;
            this.count.set(upstream, n);
            v = { name: `${upstream}.v${n}`, upstream, ...settings };
            this.byKey.set(key, v);
        }
        return v.name;
    }
    /** Every variant named so far, in order of first use. */
    all() {
        return [...this.byKey.values()];
    }
}
