/**
 * Support rows of the load-balancing family (load-balance, upstream-hash-by), each with its
 * target's live proof: test/conformance/ingress-nginx/upstreamhashby.feature (e2e
 * upstreamhashby.go, and the behaviour of load-balance). Not listed, so a warning (tuning):
 * - upstream-hash-by-subset(-size) but on nginx and HAProxy: Envoy and Caddy cannot hash onto a group
 *   of endpoints and spread inside it (ingress-nginx's chashsubset); each key then stays on one endpoint;
 * - Traefik: its file provider's load balancer has no hash (the schema in third_party/schemas/traefik
 *   has no strategy; Traefik's own ingress-nginx provider hashes through nginxUpstreamHashBy, a field
 *   the file provider cannot set) and no latency-aware balancer: the proxy keeps its weighted round robin;
 * - Gateway API: no standard field selects a load-balancing algorithm or a hash key (session
 *   persistence is cookie/header affinity only, and experimental).
 */
const ewma = (what) => ({
    level: 'partial',
    note: `ewma (latency-weighted) is approximated by ${what}; round_robin is the default`,
});
const envoyScheme = 'the hash also covers the request\'s scheme (so that a request without the key\'s header, cookie or parameter hashes like every other such request, as ingress-nginx hashes the empty value): the same key over HTTP and over HTTPS may go to two endpoints; text in the key is not hashed (it changes no grouping); $host is the Host header as sent (port and letter case included)';
const caddyKey = 'the key is hashed with Caddy\'s placeholders: a header sent on several lines is joined with "," (ingress-nginx: ", "), a cookie name and a query parameter name match with their case and the parameter is URL-decoded (nginx compares names without case and hashes the raw value), $host keeps the letter case sent; a route split by a canary weight balances both Services by weight, without the hash';
const nginxSubset = {
    level: 'partial',
    note: 'the key picks its group by split_clients (equal shares of a hash), not by a consistent hash: when the number of groups changes, most keys move to another group (ingress-nginx moves few); a route with a canary proxies to the whole Service instead',
};
const haproxySubset = {
    level: 'partial',
    note: 'the key picks its group by its crc32 (equal shares), not by a consistent hash: when the number of groups changes, most keys move to another group (ingress-nginx moves few); a request whose chosen endpoint is down goes to any endpoint (round robin)',
};
export const ROWS = {
    'load-balance': {
        nginx: ewma('least_conn (nginx has no EWMA balancer without Lua)'),
        haproxy: ewma('balance leastconn'),
        envoy: ewma('LEAST_REQUEST (two random endpoints, the one with fewer active requests)'),
        caddy: ewma('lb_policy least_conn'),
    },
    // nginx: groups of endpoints as upstream blocks (random inside), the key mapped to one by split_clients; HAProxy: use-server
    // rules on the key's crc32 and rand() (emit/<target>/load-balancing.ts).
    'upstream-hash-by-subset': { nginx: nginxSubset, haproxy: haproxySubset },
    'upstream-hash-by-subset-size': { nginx: nginxSubset, haproxy: haproxySubset },
    'upstream-hash-by': {
        nginx: { level: 'partial', note: 'with nginx before 1.23 (1.22 is what ingressc tests), a header sent on several lines is hashed on its first line (ingress-nginx\'s nginx joins them)' },
        haproxy: { level: 'partial', note: 'a header sent on several lines is hashed on its first line (ingress-nginx\'s nginx joins them)' },
        envoy: { level: 'partial', note: envoyScheme },
        caddy: { level: 'partial', note: caddyKey },
    },
};
