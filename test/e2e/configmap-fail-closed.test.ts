/**
 * Fail closed for the controller ConfigMap: for every access-control key of the registry and every
 * target, set to a value other than its default, either compile exits 1 with IC3150 located at the
 * key, or the target enforces it: a request from outside the allowed set (the client 127.0.0.1) is
 * refused, while an Ingress that replaces the global list with its own admits it (so the proxy is
 * serving). Live on nginx, HAProxy, Envoy and Caddy; through the rule evaluator for Traefik; a
 * target with no runner here (Gateway API) must honour none.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile, type CompileResult, type TargetName } from '../../src/index.js';
import { TARGETS } from '../../src/options.js';
import { CONFIGMAP_KEYS, type ConfigKey } from '../../src/providers/ingress-nginx/configmap/keys.js';
import { HONOURED_KEYS, KEY_SUPPORT } from '../../src/providers/ingress-nginx/configmap/support.js';
import { supportOf } from '../../src/providers/ingress-nginx/support.js';
import { send, skipReason, startEcho, startProxy, type ProxyKind } from '../harness/index.js';
import { modelOptionsFromStatic, TraefikModel } from '../traefik/evaluate.js';
import { readOutput } from '../traefik/output.js';
import { NeedsAuth } from '../traefik/forward-auth.js';
import { writeFiles } from './run-table.js';

const CLIENT = '127.0.0.1';
const ACCESS = CONFIGMAP_KEYS.filter((k) => k.kind === 'access');

/**
 * For each access key a target honours: a global value refusing CLIENT, and an Ingress annotation
 * that admits it again (none for block-cidrs: no annotation overrides it).
 */
interface Refusing {
  value: string;
  admit?: Record<string, string>;
  headers?: Record<string, string>;
  /** Other ConfigMap keys it needs (a global-auth-* companion or no-auth-locations needs global-auth-url). */
  data?: Record<string, string>;
  /**
   * Global auth: the global route asks the auth service (unreachable here) before serving: a 5xx
   * refusal live (nginx, HAProxy, Envoy: 500; Caddy: 502), a call to it in Traefik's evaluator.
   */
  auth?: true;
}
/** Nothing listens on the discard port: every auth call fails, so every protected request is refused. */
const AUTH_URL = 'http://127.0.0.1:9/auth';
const GLOBAL_AUTH = (value: string, alone = false): Refusing => ({
  value,
  auth: true,
  admit: { 'nginx.ingress.kubernetes.io/enable-global-auth': 'false' },
  ...(alone ? {} : { data: { 'global-auth-url': AUTH_URL } }),
});
const REFUSING: Readonly<Record<string, Refusing>> = {
  'whitelist-source-range': { value: '127.0.0.2/32', admit: { 'nginx.ingress.kubernetes.io/whitelist-source-range': '127.0.0.1' } },
  'denylist-source-range': { value: '127.0.0.0/24', admit: { 'nginx.ingress.kubernetes.io/denylist-source-range': '10.0.0.0/8' } },
  'block-cidrs': { value: '127.0.0.0/24' },
  // The request carries the header the list refuses.
  'block-user-agents': { value: '~*probe', headers: { 'User-Agent': 'ingressc-probe/1' } },
  'block-referers': { value: 'http://probe.test/', headers: { Referer: 'http://PROBE.test/' } },
  'global-auth-url': GLOBAL_AUTH(AUTH_URL, true),
  'global-auth-method': GLOBAL_AUTH('GET'),
  'global-auth-signin': GLOBAL_AUTH('http://login.test/start'),
  'global-auth-signin-redirect-param': GLOBAL_AUTH('next'),
  'global-auth-response-headers': GLOBAL_AUTH('X-User'),
  'global-auth-request-redirect': GLOBAL_AUTH('/after'),
  'global-auth-always-set-cookie': GLOBAL_AUTH('true'),
  // The global route's path "/" is not listed.
  'no-auth-locations': GLOBAL_AUTH('/public'),
};
const ownExpected = (k: ConfigKey): number => (REFUSING[k.key]?.admit ? 200 : 403);

/** A value other than the key's default, of its type. */
function nonDefault(k: ConfigKey): string {
  if (REFUSING[k.key]) return REFUSING[k.key]!.value;
  switch (k.type) {
    case 'bool':
      return k.default === 'true' ? 'false' : 'true';
    case 'int':
      return '7';
    case 'cidrs':
      return '127.0.0.0/24';
    default:
      return 'ingressc-test';
  }
}

const ingress = (name: string, annotations: Record<string, string>): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  namespace: default
  annotations: ${JSON.stringify(annotations)}
spec:
  rules:
  - host: ${name}.test
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: echo, port: {number: 80}}}}
`;

/** `withData`: add the keys it needs (the refusal half; the IC3150 half sets the key alone, on line 5). */
function build(key: ConfigKey, target: TargetName, ports: { http: number; https: number }, echoPort: number, withData = false): CompileResult {
  const data = { [key.key]: nonDefault(key), ...(withData ? REFUSING[key.key]?.data : {}) };
  const cm = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: ingress-nginx}\ndata:\n${Object.entries(data).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}\n`).join('')}`;
  return compile(
    [
      { path: 'global.yaml', text: ingress('global', {}) },
      { path: 'own.yaml', text: ingress('own', REFUSING[key.key]?.admit ?? {}) },
    ],
    { target, listenHttp: `127.0.0.1:${ports.http}`, listenHttps: `127.0.0.1:${ports.https}`, backends: [`default/echo:80=127.0.0.1:${echoPort}`], controllerConfig: { path: 'cm.yaml', text: cm } },
  );
}

const honoured = (k: ConfigKey, t: TargetName): boolean =>
  HONOURED_KEYS.has(k.key) && (k.annotation !== undefined ? supportOf(k.annotation, t) !== undefined : KEY_SUPPORT[k.key]?.[t] !== undefined);

test('Gateway API (no request runner here) honours no ConfigMap access key yet', () => {
  assert.deepEqual(ACCESS.filter((k) => honoured(k, 'gateway-api')).map((k) => k.key), []);
});

test('every access key a target does not honour: compile exits 1 with IC3150 at the key', () => {
  for (const t of TARGETS)
    for (const k of ACCESS.filter((x) => !honoured(x, t))) {
      const r = build(k, t, { http: 18080, https: 18443 }, 19000);
      assert.equal(r.ok, false, `${t} compiled the ConfigMap key ${k.key}`);
      assert.equal(r.files.length, 0);
      // (The "own" Ingress's annotation fails closed on its own, IC2101, where the target lacks the key too.)
      const atConfigMap = r.diagnostics.filter((d) => d.severity === 'error' && d.loc?.file === 'cm.yaml');
      assert.deepEqual(atConfigMap.map((d) => `${d.code} ${d.loc?.line}:${d.loc?.col}`), ['IC3150 5:3'], `${t} ${k.key}`);
    }
});

for (const target of ['nginx', 'haproxy', 'envoy', 'caddy', 'traefik'] as const) {
  const keys = ACCESS.filter((k) => honoured(k, target));
  test(`fail closed, live: every ConfigMap access key ${target} compiles is enforced (${keys.map((k) => k.key).join(', ')})`, { skip: target === 'traefik' ? undefined : skipReason(target as ProxyKind) }, async () => {
    for (const k of keys) assert.ok(REFUSING[k.key], `${k.key} is honoured on ${target}: give it a refusing value here so its enforcement is proven`);
    const echo = await startEcho('echo');
    const seen: string[] = [];
    try {
      for (const k of keys) {
        if (target === 'traefik') {
          const r = build(k, target, { http: 18080, https: 18443 }, echo.port, true);
          assert.ok(r.ok, JSON.stringify(r.diagnostics));
          const out = readOutput(r.files);
          const model = new TraefikModel(out.dynamic, modelOptionsFromStatic(out.static));
          if (REFUSING[k.key]?.auth) {
            // The evaluator stops where the route must ask the auth service.
            assert.throws(() => model.route({ host: 'global.test', path: '/', clientIp: CLIENT }), NeedsAuth, `${k.key}: the global route does not ask the auth service`);
            const o = model.route({ host: 'own.test', path: '/', clientIp: CLIENT }).status;
            if (o !== 200) seen.push(`${k.key}: own ${o} (expected 200)`);
            continue;
          }
          const g = model.route({ host: 'global.test', path: '/', clientIp: CLIENT }).status;
          const o = model.route({ host: 'own.test', path: '/', clientIp: CLIENT }).status;
          if (g !== 403 || o !== ownExpected(k)) seen.push(`${k.key}: global ${g} (expected 403), own ${o} (expected ${ownExpected(k)})`);
          continue;
        }
        const proxy = await startProxy({
          kind: target,
          build: (ports, dir) => {
            const r = build(k, target, ports, echo.port, true);
            assert.ok(r.ok, JSON.stringify(r.diagnostics));
            writeFiles(dir, r.files);
          },
        });
        try {
          const headers = REFUSING[k.key]?.headers ?? {};
          const g = (await send({ port: proxy.ports.http, host: 'global.test', path: '/', localAddress: CLIENT, headers })).status;
          const o = (await send({ port: proxy.ports.http, host: 'own.test', path: '/', localAddress: CLIENT, headers })).status;
          const refused = REFUSING[k.key]?.auth ? g === (target === 'caddy' ? 502 : 500) : g === 403;
          if (!refused || o !== ownExpected(k)) seen.push(`${k.key}: global ${g} (expected ${REFUSING[k.key]?.auth ? 'the failed auth call' : 403}), own ${o} (expected ${ownExpected(k)})`);
        } finally {
          await proxy.stop();
        }
      }
      assert.deepEqual(seen, [], `${target} served a client the ConfigMap refuses`);
    } finally {
      await echo.close();
    }
  });
}
