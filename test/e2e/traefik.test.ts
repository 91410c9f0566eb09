import assert from 'node:assert/strict';
import { test } from 'node:test';
import { modelOptionsFromStatic, TraefikModel, type Outcome } from '../traefik/evaluate.js';
import { readOutput } from '../traefik/output.js';
import { traefikValidator } from '../traefik/strict-schema.js';
import { selectCertificate } from '../traefik/tls-select.js';
import { ROUTE_TABLE, type TableCase, type TableRequest } from './route-table.js';
import { checkReply, compileCase, describeRequest } from './run-table.js';

/**
 * The shared route table against Traefik without a Traefik binary: each case is compiled with
 * --target traefik exactly as the live runner compiles it (same ports scheme, every Service
 * pointed at an "echo" address), then every request goes through the evaluator, whose answer is
 * turned into the reply a live Traefik would give and checked by the runner's own checkReply.
 */
const PORTS = { http: 18080, https: 18443 };
const validate = traefikValidator();

/**
 * The one expectation Traefik cannot meet, adjusted here and nowhere else: the spec (and nginx)
 * redirect HTTP → HTTPS with 308, but Traefik's redirectScheme with `permanent: true` answers 301
 * to GET (308 to other methods) and the file provider cannot set the status. Same Location.
 */
function traefikExpectation(req: TableRequest): { req: TableRequest; deviation?: string } {
  const method = req.method ?? 'GET';
  if (req.expect.status === 308 && req.expect.location !== undefined && method === 'GET') {
    return { req: { ...req, expect: { ...req.expect, status: 301 } }, deviation: `${describeRequest(req)}: 301 instead of 308 (redirectScheme answers 301 to GET)` };
  }
  return { req };
}

/** The reply a live Traefik would send, in the shape checkReply reads. */
function reply(o: Outcome, echoByUrl: ReadonlyMap<string, string>, peerCN: string | undefined) {
  const base = { status: o.status, headers: {} as Record<string, string>, peerCN };
  if (o.kind === 'redirect') return { ...base, headers: { location: o.location } };
  if (o.kind !== 'proxied') return base;
  const names = new Set(o.servers.map((s) => echoByUrl.get(s) ?? `(no echo at ${s})`));
  assert.equal(names.size, 1, `service ${o.service} mixes backends: ${[...names].join(', ')}`);
  return { ...base, json: { service: [...names][0], path: o.forwardedPath, host: o.forwardedHost } };
}

function runCase(c: TableCase): string[] {
  const echoPorts = Object.fromEntries(Object.keys(c.services).map((ref, i) => [ref, 19000 + i]));
  const echoByUrl = new Map(Object.entries(echoPorts).map(([ref, port]) => [`http://127.0.0.1:${port}`, c.services[ref]!]));
  const r = compileCase(c, 'traefik', PORTS, echoPorts);
  assert.ok(r.ok, `compile failed: ${JSON.stringify(r.diagnostics, null, 2)}`);
  const out = readOutput(r.files);
  assert.deepEqual(validate(out.dynamic), [], 'traefik.yaml does not validate against the strict schema');
  assert.deepEqual(Object.fromEntries(Object.entries(out.static.entryPoints ?? {}).map(([k, v]) => [k, v.address])), { web: `127.0.0.1:${PORTS.http}`, websecure: `127.0.0.1:${PORTS.https}` });
  const model = new TraefikModel(out.dynamic, modelOptionsFromStatic(out.static));
  const failures: string[] = [];
  const deviations: string[] = [];
  for (const original of c.requests) {
    const { req, deviation } = traefikExpectation(original);
    const outcome = model.route({ ...(req.host !== undefined ? { host: req.host } : {}), path: req.path, ...(req.method ? { method: req.method } : {}), https: req.https === true });
    const sni = req.sni ?? (req.host ?? '').split(':')[0]!.toLowerCase();
    const peerCN = req.https ? selectCertificate(out.dynamic.tls, out.files, sni).cn : undefined;
    const problems = checkReply(req, reply(outcome, echoByUrl, peerCN), PORTS.https);
    if (problems.length) failures.push(`${describeRequest(original)}: ${problems.join('; ')} [router ${'router' in outcome ? outcome.router : '(none)'}]`);
    if (deviation) deviations.push(deviation);
  }
  assert.deepEqual(failures, [], `Traefik would route differently from the Ingress spec:\n${failures.join('\n')}`);
  return deviations;
}

for (const c of ROUTE_TABLE) {
  test(`traefik (evaluated): ${c.name}`, (t) => {
    for (const d of runCase(c)) t.diagnostic(`known Traefik deviation: ${d}`);
  });
}

// Cases the shared table does not cover yet, specific to how the Traefik output works.
const v1 = (name: string, spec: string): string => `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${name}\n  namespace: default\nspec:\n${spec}`;
const p = (path: string, type: string, svc: string): string =>
  `      - path: ${path}\n        pathType: ${type}\n        backend:\n          service:\n            name: ${svc}\n            port:\n              number: 80\n`;
const EXTRA: TableCase[] = [
  {
    name: 'redirect keeps method semantics: 308 for POST; HTTPS on a vhost without TLS is served',
    sources: () => [
      { path: 'tls.yaml', text: v1('tls', `  tls:\n  - hosts: ["secure.test"]\n    secretName: cafe-secret\n  rules:\n  - host: secure.test\n    http:\n      paths:\n${p('/', 'Prefix', 'sec')}  - host: open.test\n    http:\n      paths:\n${p('/', 'Prefix', 'open')}`) },
      { path: 'secret.yaml', text: ROUTE_TABLE[0]!.sources().find((s) => s.path.endsWith('cafe-secret.yaml'))!.text },
    ],
    services: { 'default/sec:80': 'sec', 'default/open:80': 'open' },
    requests: [
      { host: 'secure.test', path: '/form', method: 'POST', expect: { status: 308, location: 'https://secure.test' } },
      { host: 'secure.test', path: '/form', https: true, expect: { status: 200, service: 'sec', certCN: 'cafe.example.com' } },
      { host: 'open.test', path: '/a', expect: { status: 200, service: 'open' } },
      { host: 'open.test', path: '/a', https: true, expect: { status: 200, service: 'open', certCN: 'cafe.example.com' } },
      { host: 'nothing.test', path: '/', https: true, expect: { status: 404, certCN: 'cafe.example.com' } },
    ],
  },
  {
    name: 'exact host under a wildcard keeps its own 404; deeper names fall to host-less rules',
    sources: () => [{ path: 'w.yaml', text: v1('w', `  rules:\n  - host: "*.w.test"\n    http:\n      paths:\n${p('/', 'Prefix', 'wild')}  - host: a.w.test\n    http:\n      paths:\n${p('/only', 'Exact', 'only')}  - http:\n      paths:\n${p('/', 'Prefix', 'any')}`) }],
    services: { 'default/wild:80': 'wild', 'default/only:80': 'only', 'default/any:80': 'any' },
    requests: [
      { host: 'a.w.test', path: '/only', expect: { status: 200, service: 'only' } },
      { host: 'a.w.test', path: '/other', expect: { status: 404 } },
      { host: 'b.w.test', path: '/other', expect: { status: 200, service: 'wild' } },
      { host: 'b.w.test.', path: '/other', expect: { status: 200, service: 'wild' } },
      { host: 'x.a.w.test', path: '/other', expect: { status: 200, service: 'any' } },
      { path: '/no-host', expect: { status: 200, service: 'any' } },
    ],
  },
];

for (const c of EXTRA) test(`traefik (evaluated, extra): ${c.name}`, (t) => {
  for (const d of runCase(c)) t.diagnostic(`known Traefik deviation: ${d}`);
});
