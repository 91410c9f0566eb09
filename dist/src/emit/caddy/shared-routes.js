/**
 * The HTTP and HTTPS servers hold most hosts' routes twice, identical (a host without TLS, or one
 * whose redirects and HSTS do not depend on the scheme): building and writing them once halves
 * most of caddy.json's cost (issue 17). The HTTP server's pass records, per host, the routes it
 * built and every call it made to the server's steps (routes.ts: actions, named handlers,
 * redirects), the only inputs of those routes that depend on the server. The HTTPS pass makes
 * the same calls on its own steps, in the same order (they register its named routes and number
 * its upstream variants as building would), and takes the recorded routes when every answer is
 * the same JSON value; at the first different answer it builds them itself. The steps answer the
 * same call the same way every time, so a call made twice changes nothing.
 */
export class SharedRoutes {
    byVhost = new Map();
    /** Each IR route's upstream variant settings as text, for both servers' UpstreamVariants. */
    settingKeys = new Map();
    /** Objects the config holds twice: the JSON writer writes each once and copies its text (json-writer.ts). */
    repeated = new Map();
    /** The HTTP pass: `build` with steps that record their calls, its routes kept for the HTTPS pass. */
    record(vh, steps, build) {
        const calls = [];
        const routes = build(recording(steps, calls));
        this.byVhost.set(vh, { calls, routes });
        return routes;
    }
    /** The HTTPS pass: the recorded routes if this server's steps answer every recorded call alike, else `build`'s. */
    reuse(vh, steps, build) {
        const kept = this.byVhost.get(vh);
        this.byVhost.delete(vh);
        if (kept === undefined || !kept.calls.every((c) => sameJson(call(steps, c.step, c.args), c.answer)))
            return build(steps);
        this.repeated.set(kept.routes, (this.repeated.get(kept.routes) ?? 0) + 2);
        return kept.routes;
    }
}
function call(steps, step, args) {
    return steps[step](...args);
}
function recording(steps, calls) {
    const wrap = (step) => (...args) => {
        const answer = call(steps, step, args);
        calls.push({ step, args, answer });
        return answer;
    };
    return { action: wrap('action'), split: wrap('split'), errorPage: wrap('errorPage'), always: wrap('always'), plain: wrap('plain') };
}
/** The same JSON text: equal scalars, arrays item by item, objects with the same keys in the same order. */
export function sameJson(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a)) {
        const bs = b;
        return a.length === bs.length && a.every((x, i) => sameJson(x, bs[i]));
    }
    const ka = Object.keys(a), kb = Object.keys(b);
    if (ka.length !== kb.length)
        return false;
    for (let i = 0; i < ka.length; i++)
        if (ka[i] !== kb[i] || !sameJson(a[ka[i]], b[kb[i]]))
            return false;
    return true;
}
