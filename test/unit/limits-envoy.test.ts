/** Request limits on Envoy (src/emit/envoy/limits.ts): the token buckets, the descriptors, IC4160. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../../src/index.js';
import { tokenBucket } from '../../src/emit/envoy/limits.js';

const ing = (annotations: Record<string, string>, paths = ['/']): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: app
  namespace: default
  annotations: ${JSON.stringify(Object.fromEntries(Object.entries(annotations).map(([k, v]) => [`nginx.ingress.kubernetes.io/${k}`, v])))}
spec:
  rules:
  - host: a.test
    http:
      paths:
${paths.map((p) => `      - {path: ${p}, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}\n`).join('')}`;
const run = (text: string) => compile([{ path: 'a.yaml', text }], { target: 'envoy', backends: ['default/web:80=127.0.0.1:9000'] });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const bootstrap = (r: ReturnType<typeof run>): Any => JSON.parse(r.files.find((f) => f.path === 'envoy.json')!.content);
const hcm = (b: Any): Any => b.static_resources.listeners[0].filter_chains[0].filters[0].typed_config;

test('token buckets: burst + 1 tokens, the rate refilled exactly in whole milliseconds of at least 50', () => {
  assert.deepEqual(tokenBucket({ rate: 1, burst: 5 }, 1000), { max_tokens: 6, tokens_per_fill: 1, fill_interval: '1s' });
  assert.deepEqual(tokenBucket({ rate: 4, burst: 20 }, 1000), { max_tokens: 21, tokens_per_fill: 1, fill_interval: '0.25s' });
  // 1/30 s is no whole number of ms: 3 every 100 ms.
  assert.deepEqual(tokenBucket({ rate: 30, burst: 150 }, 1000), { max_tokens: 151, tokens_per_fill: 3, fill_interval: '0.1s' });
  // 1 ms would be below Envoy's minimum: 50 every 50 ms.
  assert.deepEqual(tokenBucket({ rate: 1000, burst: 5000 }, 1000), { max_tokens: 5001, tokens_per_fill: 50, fill_interval: '0.05s' });
  assert.deepEqual(tokenBucket({ rate: 7, burst: 7 }, 60_000), { max_tokens: 8, tokens_per_fill: 7, fill_interval: '60s' });
  assert.deepEqual(tokenBucket({ rate: 2, burst: 10 }, 60_000), { max_tokens: 11, tokens_per_fill: 1, fill_interval: '30s' });
  for (const [rate, period] of [[1, 1000], [3, 1000], [30, 1000], [999, 1000], [1000000, 1000], [7, 60_000], [61, 60_000]] as const) {
    const t = tokenBucket({ rate, burst: rate }, period);
    const fill = Number(t.fill_interval.slice(0, -1)) * 1000;
    assert.ok(Number.isInteger(fill) && fill >= 50, t.fill_interval);
    assert.equal((t.tokens_per_fill * period) / fill, rate);
    assert.ok(t.tokens_per_fill <= t.max_tokens);
  }
});

test('one filter, a per-client descriptor per Ingress and period; every route of the Ingress names it; 503', () => {
  const r = run(ing({ 'limit-rps': '2', 'limit-rpm': '30', 'limit-burst-multiplier': '3' }, ['/a', '/b']));
  assert.ok(r.ok, JSON.stringify(r.diagnostics));
  const h = hcm(bootstrap(r));
  const lrl = h.http_filters.find((f: Any) => f.name === 'envoy.filters.http.local_ratelimit').typed_config;
  assert.equal(lrl.status.code, 503);
  assert.equal(lrl.always_consume_default_token_bucket, false);
  assert.deepEqual(
    lrl.descriptors.map((d: Any) => [d.entries.map((e: Any) => `${e.key}=${e.value}`).join(' '), d.token_bucket.max_tokens]),
    [['ingress=default/app limit=rps remote_address=', 7], ['ingress=default/app limit=rpm remote_address=', 91]],
  );
  const names = h.http_filters.map((f: Any) => f.name);
  assert.ok(names.indexOf('envoy.filters.http.local_ratelimit') < names.indexOf('envoy.filters.http.router'));
  const routes = h.route_config.virtual_hosts.find((v: Any) => v.name === 'a.test').routes.filter((x: Any) => x.route && x.route.rate_limits);
  assert.equal(routes.length, 2, 'both paths share the Ingress key');
  for (const x of routes) assert.deepEqual(x.route.rate_limits.map((rl: Any) => rl.actions.at(-1)), [{ remote_address: {} }, { remote_address: {} }]);
});

test('limit-whitelist: a shadow-only RBAC records who is exempt; only non-exempt clients have a bucket', () => {
  const r = run(ing({ 'limit-rps': '1', 'limit-whitelist': '10.0.0.0/8, 127.0.0.9' }));
  assert.ok(r.ok);
  const h = hcm(bootstrap(r));
  const names = h.http_filters.map((f: Any) => f.name);
  assert.ok(names.indexOf('ingressc.limit-exempt') < names.indexOf('envoy.filters.http.local_ratelimit'));
  const lrl = h.http_filters.find((f: Any) => f.name === 'envoy.filters.http.local_ratelimit').typed_config;
  assert.deepEqual(lrl.descriptors[0].entries[2], { key: 'exempt', value: 'allowed' });
  const route = h.route_config.virtual_hosts.find((v: Any) => v.name === 'a.test').routes[0];
  const rbac = route.typed_per_filter_config['ingressc.limit-exempt'].rbac;
  assert.equal(rbac.rules, undefined, 'enforces nothing');
  assert.deepEqual(rbac.shadow_rules.policies.limited.principals[0].not_id.or_ids.ids.map((x: Any) => `${x.remote_ip.address_prefix}/${x.remote_ip.prefix_len}`), ['10.0.0.0/8', '127.0.0.9/32']);
});

test('IC4160: a refill larger than the bucket (limit-burst-multiplier 0 with a rate Envoy cannot space) is refused at the path', () => {
  const r = run(ing({ 'limit-rps': '3', 'limit-burst-multiplier': '0' }));
  assert.equal(r.ok, false);
  const d = r.diagnostics.find((x) => x.code === 'IC4160');
  assert.ok(d && d.loc?.line === 12, JSON.stringify(r.diagnostics));
  assert.match(d.message, /limit-rps 3 with a burst of 0/);
  // 4 a second is one every 250 ms: expressible with no burst.
  assert.ok(run(ing({ 'limit-rps': '4', 'limit-burst-multiplier': '0' })).ok);
});

test('limit-connections stays refused on Envoy (IC2101): no per-client concurrency limit', () => {
  const r = run(ing({ 'limit-connections': '2' }));
  assert.equal(r.ok, false);
  assert.ok(r.diagnostics.some((d) => d.code === 'IC2101'));
});
