/**
 * The live half of "fail closed" (test/unit/annotations.test.ts has the compile half): for every
 * access-control annotation in keys.ts and every target, either compile exits 1 there, or the
 * target enforces it: a request from outside the allowed set (the client 127.0.0.1) is refused,
 * while the same request to an unrestricted Ingress of the same output is served. Live on nginx,
 * HAProxy, Envoy and Caddy; through the rule evaluator for Traefik.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile, type CompileResult, type TargetName } from '../../src/index.js';
import { TARGETS } from '../../src/options.js';
import { NGINX_ANNOTATIONS } from '../../src/providers/ingress-nginx/keys.js';
import { supportOf } from '../../src/providers/ingress-nginx/support.js';
import { send, skipReason, startAuthServer, startEcho, startProxy, type ProxyKind } from '../harness/index.js';
import { HASH_SCHEMES } from '../../src/providers/ingress-nginx/support-rows/auth.js';
import { BAR_HASHES, secretYaml } from '../conformance/ingress-nginx/auth-cases.js';
import { modelOptionsFromStatic, TraefikModel } from '../traefik/evaluate.js';
import { readOutput } from '../traefik/output.js';
import { writeFiles } from './run-table.js';

const CLIENT = '127.0.0.1';
/**
 * For each access key a target supports: a value that must refuse CLIENT (who sends no
 * credentials) and the status it gets; `with`: the other annotations the key needs to mean
 * anything ("{{auth}}": the test's auth service; Secret "users" holds user foo).
 */
const REFUSING: Readonly<Record<string, { value: string; status: number; with?: Record<string, string> }>> = {
  'allowlist-source-range': { value: '127.0.0.2/32', status: 403 },
  'whitelist-source-range': { value: '127.0.0.2, 10.0.0.0/8', status: 403 },
  'denylist-source-range': { value: '127.0.0.0/24', status: 403 },
  'auth-type': { value: 'basic', status: 401, with: { 'auth-secret': 'users' } },
  'auth-secret': { value: 'users', status: 401, with: { 'auth-type': 'basic' } },
  'auth-secret-type': { value: 'auth-map', status: 401, with: { 'auth-type': 'basic', 'auth-secret': 'users-map' } },
  'auth-realm': { value: 'Protected', status: 401, with: { 'auth-type': 'basic', 'auth-secret': 'users' } },
  'auth-url': { value: '{{auth}}/status/401', status: 401 },
  'auth-method': { value: 'POST', status: 403, with: { 'auth-url': '{{auth}}/status/403' } },
  'auth-signin': { value: 'http://$host/signin', status: 302, with: { 'auth-url': '{{auth}}/status/401' } },
  'auth-signin-redirect-param': { value: 'back', status: 302, with: { 'auth-url': '{{auth}}/status/401', 'auth-signin': 'http://$host/signin' } },
  'auth-response-headers': { value: 'X-User', status: 401, with: { 'auth-url': '{{auth}}/status/401' } },
  'auth-request-redirect': { value: '/welcome', status: 401, with: { 'auth-url': '{{auth}}/status/401' } },
  'auth-always-set-cookie': { value: 'true', status: 401, with: { 'auth-url': '{{auth}}/status/401' } },
  // satisfy all (every target that honours satisfy takes it): the address refuses, credentials or not.
  satisfy: { value: 'all', status: 403, with: { 'allowlist-source-range': '127.0.0.2', 'auth-type': 'basic', 'auth-secret': 'users' } },
};

/** The users Secrets, hashed in a format the target checks. */
const secrets = (target: TargetName): string[] => {
  const hash = BAR_HASHES[HASH_SCHEMES[target]?.[0] ?? 'sha1'];
  return [secretYaml('users', { auth: `foo:${hash}\n` }), secretYaml('users-map', { foo: hash })];
};

const ACCESS = NGINX_ANNOTATIONS.filter((a) => a.kind === 'access');

const ingress = (i: number, key: string, value: string, authUrl: string): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: k${i}
  namespace: default
  annotations: ${JSON.stringify(Object.fromEntries(Object.entries({ [key]: value, ...REFUSING[key]?.with }).map(([k, v]) => [`nginx.ingress.kubernetes.io/${k}`, v.replace('{{auth}}', authUrl)])))}
spec:
  rules:
  - host: k${i}.test
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: echo, port: {number: 80}}}}
`;
const OPEN = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: open, namespace: default}
spec:
  rules:
  - host: open.test
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: echo, port: {number: 80}}}}
`;

function build(target: TargetName, ports: { http: number; https: number }, echoPort: number, authUrl: string): { r: CompileResult; keys: string[] } {
  const keys = ACCESS.filter((a) => supportOf(a.key, target)).map((a) => a.key);
  for (const k of keys) assert.ok(REFUSING[k], `${k} is supported on ${target}: give it a refusing value here so its enforcement is proven live`);
  const sources = [{ path: 'open.yaml', text: OPEN }, ...keys.map((k, i) => ({ path: `k${i}.yaml`, text: ingress(i, k, REFUSING[k]!.value, authUrl) }))];
  secrets(target).forEach((text, i) => sources.push({ path: `secret-${i}.yaml`, text }));
  const r = compile(sources, { target, listenHttp: `127.0.0.1:${ports.http}`, listenHttps: `127.0.0.1:${ports.https}`, backends: [`default/echo:80=127.0.0.1:${echoPort}`] });
  assert.ok(r.ok, `${target}: ${JSON.stringify(r.diagnostics)}`);
  return { r, keys };
}

const RUNNABLE: readonly string[] = ['nginx', 'haproxy', 'envoy', 'traefik', 'caddy'];

for (const target of TARGETS) {
  const live = target !== 'traefik';
  const supported = ACCESS.filter((a) => supportOf(a.key, target));
  // A target this test cannot run yet must support no access key (its compile half fails closed).
  if (!RUNNABLE.includes(target)) {
    test(`fail closed, live: ${target} has no runner here, so it must enforce no access key yet`, () => assert.deepEqual(supported.map((a) => a.key), []));
    continue;
  }
  test(`fail closed, live: every access annotation ${target} compiles is enforced`, { skip: live ? skipReason(target as ProxyKind) : undefined }, async () => {
    const echo = await startEcho('echo');
    const auth = await startAuthServer();
    try {
      const seen: string[] = [];
      const check = (host: string, status: number, expect: number, what: string): void => {
        if (status !== expect) seen.push(`${what} (Host ${host}): ${status}, expected ${expect}`);
      };
      if (live) {
        let keys: string[] = [];
        const proxy = await startProxy({ kind: target as ProxyKind, build: (ports, dir) => { const b = build(target, ports, echo.port, auth.url); keys = b.keys; writeFiles(dir, b.r.files); } });
        try {
          check('open.test', (await send({ port: proxy.ports.http, host: 'open.test', path: '/', localAddress: CLIENT })).status, 200, 'unrestricted Ingress');
          for (const [i, k] of keys.entries()) check(`k${i}.test`, (await send({ port: proxy.ports.http, host: `k${i}.test`, path: '/x', localAddress: CLIENT })).status, REFUSING[k]!.status, k);
        } finally {
          await proxy.stop();
        }
      } else {
        const { r, keys } = build(target, { http: 18080, https: 18443 }, echo.port, auth.url);
        const out = readOutput(r.files);
        const model = new TraefikModel(out.dynamic, modelOptionsFromStatic(out.static));
        check('open.test', model.route({ host: 'open.test', path: '/', clientIp: CLIENT }).status, 200, 'unrestricted Ingress');
        for (const [i, k] of keys.entries()) check(`k${i}.test`, model.route({ host: `k${i}.test`, path: '/x', clientIp: CLIENT }).status, REFUSING[k]!.status, k);
      }
      assert.deepEqual(seen, [], `${target} served a client the annotation refuses`);
    } finally {
      await echo.close();
      await auth.close();
    }
  });
}
