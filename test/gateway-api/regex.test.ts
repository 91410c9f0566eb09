import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile, matchRequest } from '../../src/index.js';
import { checkGatewayApi } from './oracle.js';
import { modelOf } from './output.js';
import { rng } from '../helpers/rng.js';

/**
 * RegularExpression paths on Gateway API (src/emit/gateway-api/regex.ts): ingress-nginx's regex
 * mode and string prefixes. A seeded differential over small random Ingress sets of one host: the
 * evaluator (RE2 whole-path matches, Envoy Gateway's ranking: Exact > RegularExpression, longer
 * pattern first > PathPrefix) must give the Service and the rewritten path match() gives.
 */
const A = 'nginx.ingress.kubernetes.io/';
const SERVICES = ['s0', 's1', 's2'];
const PATHS = ['/', '/foo', '/foo/bar', '/foo.+', '/api/[0-9]+', '/FOO', '/a(/|$)(.*)', '/bar/[a-z]{3}', '/foo/bar/bar', '/b', '/b/c', '/x(/|$)(.*)'];
const REQUESTS = ['/', '/foo', '/FOO/bar', '/foo/', '/foo/bar/baz', '/foox', '/api/12', '/api/x', '/a', '/a/', '/a/b/c?q=1', '/bar/abc', '/bar/ab', '/b', '/bx?q=1', '/b/c/d', '/x/y', '/x', '/c'];
const ANNOTATIONS: Record<string, string>[] = [{}, { [`${A}use-regex`]: 'true' }, { [`${A}rewrite-target`]: '/' }, { [`${A}rewrite-target`]: '/new/backend' }, { [`${A}use-regex`]: 'true', [`${A}rewrite-target`]: '/$2' }];
const TYPES = ['Prefix', 'Exact', 'ImplementationSpecific'];


function ingressSet(seed: number): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const docs: string[] = [];
  const n = 1 + Math.floor(r() * 3);
  for (let i = 0; i < n; i++) {
    const ann = pick(ANNOTATIONS);
    const paths = new Set<string>();
    const k = 1 + Math.floor(r() * 3);
    for (let j = 0; j < k; j++) paths.add(pick(PATHS));
    const lines = [...paths].map((p) => {
      const regexy = /[()[\]+.{]/.test(p);
      const type = regexy ? 'ImplementationSpecific' : pick(TYPES);
      return `          - path: ${JSON.stringify(p)}\n            pathType: ${type}\n            backend: { service: { name: ${pick(SERVICES)}, port: { number: 80 } } }`;
    });
    const annText = Object.entries(ann).map(([key, v]) => `    ${key}: ${JSON.stringify(v)}`).join('\n');
    docs.push(`apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i${i}\n  namespace: default\n  creationTimestamp: "2024-01-0${i + 1}T00:00:00Z"\n${annText ? `  annotations:\n${annText}\n` : ''}spec:\n  ingressClassName: nginx\n  rules:\n    - host: r.example.com\n      http:\n        paths:\n${lines.join('\n')}\n`);
  }
  return docs.join('---\n');
}

test('gateway-api regex mode and string prefixes: the evaluator routes and rewrites as match() says', () => {
  let compared = 0;
  let regexHosts = 0;
  let prefixRewrites = 0;
  const disagreements: string[] = [];
  for (let seed = 1; seed <= 300; seed++) {
    const text = ingressSet(seed);
    const res = compile([{ path: 'in.yaml', text }], { target: 'gateway-api', backends: SERVICES.map((s) => `default/${s}:80=127.0.0.1:9`) });
    if (!res.ok || !res.ir) continue;
    assert.deepEqual(checkGatewayApi(res.ir, res.files), [], `seed ${seed}`);
    const warn = res.diagnostics.find((d) => d.code === 'IC4508');
    if (!warn) continue;
    regexHosts++;
    const caseSensitive = /case-sensitive/.test(warn.message);
    if (res.files.some((f) => f.content.includes('ReplacePrefixMatch'))) prefixRewrites++;
    const model = modelOf(res);
    for (const path of REQUESTS) {
      // A ReplacePrefixMatch rule's PathPrefix is case-sensitive (the warning says so).
      if (caseSensitive && path !== path.toLowerCase()) continue;
      const want = matchRequest(res.ir, 'r.example.com', path);
      const o = model.route({ host: 'r.example.com', path });
      const up = want.upstream ? res.ir.upstreams.find((u) => u.id === want.upstream)!.service : '404';
      const wantPath = want.upstream ? (want.forwarded?.pathWithQuery ?? path) : '';
      const got = o.kind === 'proxied' ? o.backend.name : o.kind === 'status' && o.status === 404 ? '404' : `${o.kind} ${o.status}`;
      const gotPath = o.kind === 'proxied' ? o.forwardedPath : '';
      compared++;
      if (got !== up || gotPath !== wantPath) disagreements.push(`seed ${seed} ${path}: evaluator ${got} ${gotPath}, match ${up} ${wantPath} (${want.route?.path ?? want.via})\n${text}`);
    }
  }
  assert.ok(regexHosts >= 50 && prefixRewrites >= 3 && compared >= 500, `too little coverage: ${regexHosts} regex hosts, ${prefixRewrites} prefix rewrites, ${compared} requests`);
  assert.deepEqual(disagreements.slice(0, 5), [], `${disagreements.length} disagreements`);
});

const one = (annotations: Record<string, string>, paths: string[]): string =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: rw\n  namespace: default\n  annotations:\n${Object.entries(annotations).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`).join('\n')}\nspec:\n  ingressClassName: nginx\n  rules:\n    - host: r.example.com\n      http:\n        paths:\n${paths.map((p) => `          - path: ${JSON.stringify(p)}\n            pathType: ImplementationSpecific\n            backend: { service: { name: s0, port: { number: 80 } } }`).join('\n')}\n`;

test('rewrite-target with capture references Gateway API cannot say is a located IC4507 naming the annotation', () => {
  const res = compile([{ path: 'rw.yaml', text: one({ [`${A}use-regex`]: 'true', [`${A}rewrite-target`]: '/new/$1' }, ['/foo/(.+)']) }], { target: 'gateway-api', backends: ['default/s0:80=127.0.0.1:9'] });
  assert.equal(res.ok, false);
  const d = res.diagnostics.find((x) => x.code === 'IC4507');
  assert.ok(d && d.loc?.file === 'rw.yaml' && d.loc.line > 0, JSON.stringify(res.diagnostics));
  assert.match(d.message, /rewrite-target "\/new\/\$1" on path \/foo\/\(\.\+\)/);
});

test('a "/$2" prefix rewrite followed by a path that may match the same requests is refused (PathPrefix ranks after RegularExpression)', () => {
  const res = compile([{ path: 'rw.yaml', text: one({ [`${A}use-regex`]: 'true', [`${A}rewrite-target`]: '/$2' }, ['/something(/|$)(.*)', '/']) }], { target: 'gateway-api', backends: ['default/s0:80=127.0.0.1:9'] });
  assert.equal(res.ok, false);
  assert.match(res.diagnostics.find((x) => x.code === 'IC4507')?.message ?? '', /later in ingress-nginx's order/);
});

test('the documented "/something(/|$)(.*)" → "/$2" is a ReplacePrefixMatch "/" with a warning that names the case-sensitive prefix', () => {
  const res = compile([{ path: 'rw.yaml', text: one({ [`${A}use-regex`]: 'true', [`${A}rewrite-target`]: '/$2' }, ['/something(/|$)(.*)']) }], { target: 'gateway-api', backends: ['default/s0:80=127.0.0.1:9'] });
  assert.ok(res.ok, JSON.stringify(res.diagnostics));
  const routes = res.files.find((f) => f.path.includes('httproute'))!.content;
  assert.match(routes, /type: "PathPrefix"\n\s+value: "\/something"/);
  assert.match(routes, /replacePrefixMatch: "\/"/);
  assert.match(res.diagnostics.find((x) => x.code === 'IC4508')?.message ?? '', /case-sensitive/);
  const model = modelOf(res);
  const o = model.route({ host: 'r.example.com', path: '/something/new/x.html?q=1' });
  assert.equal(o.kind === 'proxied' && o.forwardedPath, '/new/x.html?q=1');
});
