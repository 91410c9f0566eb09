/**
 * The live half of "fail closed" (test/unit/annotations.test.ts has the compile half): for every
 * access-control annotation in keys.ts and every target, either compile exits 1 there, or the
 * target enforces it: a request from outside the allowed set (the client 127.0.0.1) is refused,
 * while the same request to an unrestricted Ingress of the same output is served, and a WebSocket
 * handshake is upgraded there but refused wherever access is. Live on nginx,
 * HAProxy, Envoy and Caddy; through the rule evaluator for Traefik.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile, type CompileResult, type TargetName } from '../../src/index.js';
import { TARGETS } from '../../src/options.js';
import { NGINX_ANNOTATIONS } from '../../src/providers/ingress-nginx/keys.js';
import { supportOf } from '../../src/providers/ingress-nginx/support.js';
import { makeCa, makeCert, makeClientCert, send, skipReason, startAuthServer, startEcho, startProxy, upgradedBy, upgradeRequest, type ProxyKind, type TestCa } from '../harness/index.js';
import { HASH_SCHEMES } from '../../src/providers/ingress-nginx/support-rows/auth.js';
import { BAR_HASHES, secretYaml } from '../conformance/ingress-nginx/auth-cases.js';
import { modelOptionsFromStatic, TraefikModel } from '../traefik/evaluate.js';
import { readOutput } from '../traefik/output.js';
import { askAuthServer } from '../traefik/auth-client.js';
import { clientCertificateAccepted, handshakeOptions } from '../traefik/tls-options.js';
import { writeFiles } from './run-table.js';

const CLIENT = '127.0.0.1';
/**
 * For each access key a target supports: a value that must refuse CLIENT and the status it gets.
 * A limit refuses only past its burst: `with` adds the annotations it needs (a key that only
 * modifies a limit gets one), and `burst` requests are sent at once (to `path`, default /x), at
 * least one of which must get `status`.
 */
interface Refusing {
  value: string;
  /** Another value where a target refuses `value` itself with a located error (IC3071). */
  valueOn?: Partial<Record<string, string>>;
  /** The refusal status where a target's support row names another one. */
  statusOn?: Partial<Record<string, number>>;
  status: number;
  /** A bandwidth limit refuses no one: it is enforced when the response takes at least this long. */
  atLeastMs?: number;
  /** Client certificates: the host gets TLS (and the CA Secret "ca-secret"); the request is HTTPS. */
  tls?: boolean;
  /** Send a client certificate signed by that CA (CN=client). */
  clientCert?: boolean;
  with?: Record<string, string>;
  burst?: number;
  path?: string;
}
/** Traefik's rateLimit and inFlightReq refuse with 429 (support rows partial). */
const T429 = { traefik: 429 };
/** A refusal in the TLS handshake (no HTTP status). */
const HANDSHAKE = { traefik: 0 };
const REFUSING: Readonly<Record<string, Refusing>> = {
  'allowlist-source-range': { value: '127.0.0.2/32', status: 403 },
  'whitelist-source-range': { value: '127.0.0.2, 10.0.0.0/8', status: 403 },
  'denylist-source-range': { value: '127.0.0.0/24', status: 403 },
  // Authentication ("{{auth}}": the test's auth service; Secret "users" holds user foo): CLIENT sends no credentials.
  'auth-type': { value: 'basic', status: 401, with: { 'auth-secret': 'users' } },
  'auth-secret': { value: 'users', status: 401, with: { 'auth-type': 'basic' } },
  'auth-secret-type': { value: 'auth-map', status: 401, with: { 'auth-type': 'basic', 'auth-secret': 'users-map' } },
  'auth-realm': { value: 'Protected', status: 401, with: { 'auth-type': 'basic', 'auth-secret': 'users' } },
  'auth-url': { value: '{{auth}}/status/401', status: 401 },
  // Traefik's forwardAuth sends GET only (POST is IC3071 there).
  'auth-method': { value: 'POST', valueOn: { traefik: 'GET' }, status: 403, with: { 'auth-url': '{{auth}}/status/403' } },
  'auth-signin': { value: 'http://$host/signin', status: 302, with: { 'auth-url': '{{auth}}/status/401' } },
  'auth-signin-redirect-param': { value: 'back', status: 302, with: { 'auth-url': '{{auth}}/status/401', 'auth-signin': 'http://$host/signin' } },
  'auth-response-headers': { value: 'X-User', status: 401, with: { 'auth-url': '{{auth}}/status/401' } },
  'auth-request-redirect': { value: '/welcome', status: 401, with: { 'auth-url': '{{auth}}/status/401' } },
  'auth-always-set-cookie': { value: 'true', status: 401, with: { 'auth-url': '{{auth}}/status/401' } },
  // The ConfigMap (secrets() below) sets X-Token from the client's X-Key, which CLIENT does not send.
  'auth-proxy-set-headers': { value: 'default/auth-headers', status: 401, with: { 'auth-url': '{{auth}}/token/s3cret' } },
  // satisfy all (every target that honours satisfy takes it): the address refuses, credentials or not.
  satisfy: { value: 'all', status: 403, with: { 'allowlist-source-range': '127.0.0.2', 'auth-type': 'basic', 'auth-secret': 'users' } },
  // limit-rpm 1 with multiplier 1 admits 2 at once: a third request within the minute is refused.
  'limit-rpm': { value: '1', status: 503, statusOn: T429, with: { 'limit-burst-multiplier': '1' }, burst: 6 },
  'limit-rps': { value: '1', status: 503, statusOn: T429, with: { 'limit-burst-multiplier': '1' }, burst: 8 },
  'limit-burst-multiplier': { value: '1', status: 503, statusOn: T429, with: { 'limit-rpm': '1' }, burst: 6 },
  // CLIENT is not in the exemption list: it is limited.
  'limit-whitelist': { value: '127.0.0.2/32', status: 503, statusOn: T429, with: { 'limit-rpm': '1', 'limit-burst-multiplier': '1' }, burst: 6 },
  // Requests held 3 s by the backend: the second one in progress is refused.
  'limit-connections': { value: '1', status: 503, statusOn: T429, burst: 4, path: '/x?delay=3000' },
  // 1 KiB/s: a 4 KiB response takes seconds (unthrottled: milliseconds).
  // ingress-nginx throttles only with proxy-buffering on (without it compile refuses limit-rate: IC3161).
  'limit-rate': { value: '1', status: 200, with: { 'proxy-buffering': 'on' }, path: '/x?bytes=4096', atLeastMs: 1500 },
  'limit-rate-after': { value: '1', status: 200, with: { 'limit-rate': '1', 'proxy-buffering': 'on' }, path: '/x?bytes=8192', atLeastMs: 1500 },
  // Client certificates: a request without one is refused with 400 (or sent to the error page).
  // Traefik refuses a client without a certificate in the TLS handshake (status 0 here; support row partial).
  'auth-tls-secret': { value: 'default/ca-secret', status: 400, statusOn: HANDSHAKE, tls: true },
  'auth-tls-verify-client': { value: 'on', status: 400, statusOn: HANDSHAKE, tls: true, with: { 'auth-tls-secret': 'default/ca-secret' } },
  'auth-tls-verify-depth': { value: '1', status: 400, statusOn: HANDSHAKE, tls: true, with: { 'auth-tls-secret': 'default/ca-secret' } },
  'auth-tls-pass-certificate-to-upstream': { value: 'true', status: 400, tls: true, with: { 'auth-tls-secret': 'default/ca-secret' } },
  'auth-tls-error-page': { value: 'http://127.0.0.1/error', status: 302, tls: true, with: { 'auth-tls-secret': 'default/ca-secret' } },
  // A valid certificate whose subject does not match: 403.
  'auth-tls-match-cn': { value: 'CN=nobody', status: 403, tls: true, clientCert: true, with: { 'auth-tls-secret': 'default/ca-secret' } },
};

let testCa: TestCa | undefined;
// pathlen 1 (auth-tls-verify-depth's default): Traefik refuses a CA that does not bound the chain (IC4308).
const ca = (): TestCa => (testCa ??= makeCa('fail-closed CA', { pathLen: 1 }));
/** The Secrets the TLS keys need: each host's certificate, and the CA. */
const tlsSources = (keys: readonly string[]): { path: string; text: string }[] => {
  const out = keys.flatMap((k, i) => {
    if (!REFUSING[k]?.tls) return [];
    const pair = makeCert([`k${i}.test`]);
    return [{ path: `tls-k${i}.yaml`, text: `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\nmetadata: {name: tls-k${i}, namespace: default}\nstringData:\n  tls.crt: ${JSON.stringify(pair.cert)}\n  tls.key: ${JSON.stringify(pair.key)}\n` }];
  });
  if (out.length) out.push({ path: 'ca-secret.yaml', text: `apiVersion: v1\nkind: Secret\nmetadata: {name: ca-secret, namespace: default}\nstringData:\n  ca.crt: ${JSON.stringify(ca().cert)}\n` });
  return out;
};

/** The users Secrets, hashed in a format the target checks, and auth-proxy-set-headers' ConfigMap. */
const secrets = (target: TargetName): string[] => {
  const hash = BAR_HASHES[HASH_SCHEMES[target]?.[0] ?? 'sha1'];
  return [secretYaml('users', { auth: `foo:${hash}\n` }), secretYaml('users-map', { foo: hash }), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: auth-headers, namespace: default}\ndata: {X-Token: "$http_x_key"}\n'];
};

/** enable-global-auth only opts an Ingress out of the ConfigMap's global-auth-url: it never restricts access. */
const ACCESS = NGINX_ANNOTATIONS.filter((a) => a.kind === 'access' && a.key !== 'enable-global-auth');

const valueFor = (key: string, target: string): string => REFUSING[key]!.valueOn?.[target] ?? REFUSING[key]!.value;

const ingress = (i: number, key: string, value: string, authUrl: string): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: k${i}
  namespace: default
  annotations: ${JSON.stringify(Object.fromEntries(Object.entries({ [key]: value, ...(REFUSING[key]?.with ?? {}) }).map(([k, v]) => [`nginx.ingress.kubernetes.io/${k}`, v.replace('{{auth}}', authUrl)])))}
spec:
${REFUSING[key]?.tls ? `  tls: [{hosts: [k${i}.test], secretName: tls-k${i}}]\n` : ''}  rules:
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
  const sources = [{ path: 'open.yaml', text: OPEN }, ...keys.map((k, i) => ({ path: `k${i}.yaml`, text: ingress(i, k, valueFor(k, target), authUrl) })), ...tlsSources(keys)];
  secrets(target).forEach((text, i) => sources.push({ path: `secret-${i}.yaml`, text }));
  const r = compile(sources, { target, listenHttp: `127.0.0.1:${ports.http}`, listenHttps: `127.0.0.1:${ports.https}`, backends: [`default/echo:80=127.0.0.1:${echoPort}`] });
  assert.ok(r.ok, `${target}: ${JSON.stringify(r.diagnostics)}`);
  return { r, keys };
}

const RUNNABLE: readonly string[] = ['nginx', 'haproxy', 'envoy', 'caddy', 'traefik'];

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
          // WebSocket handshakes (harness/upgrade.ts) are upgraded where access is open, never where it is refused.
          const open = await upgradeRequest({ port: proxy.ports.http, host: 'open.test', path: '/', localAddress: CLIENT });
          if (upgradedBy(open) !== 'echo') seen.push(`unrestricted Ingress (Host open.test): a WebSocket handshake got ${open.status}, expected an upgrade`);
          for (const [i, k] of keys.entries()) {
            const { burst = 1, path = '/x', status, atLeastMs, tls, clientCert } = REFUSING[k]!;
            const cert = clientCert ? makeClientCert(ca(), 'client') : undefined;
            const t0 = performance.now();
            const statuses = await Promise.all(
              Array.from({ length: burst }, () =>
                send({
                  port: tls ? proxy.ports.https : proxy.ports.http,
                  host: `k${i}.test`,
                  path,
                  localAddress: CLIENT,
                  timeoutMs: 20_000,
                  ...(tls ? { tls: { servername: `k${i}.test`, ...(cert ? { cert: cert.cert, key: cert.key } : {}) } } : {}),
                }).then((r) => r.status, () => 0),
              ),
            );
            check(`k${i}.test`, statuses.includes(status) ? status : statuses[statuses.length - 1]!, status, `${k} (${burst} request(s) at once: ${statuses.join(' ')})`);
            const ms = performance.now() - t0;
            if (atLeastMs !== undefined && ms < atLeastMs) seen.push(`${k} (Host k${i}.test): answered in ${Math.round(ms)} ms, not throttled (expected at least ${atLeastMs} ms)`);
            // A refusal (not a limit, which admits some) holds for a handshake too: no 101, the backend never sees it.
            if (burst === 1 && atLeastMs === undefined) {
              const before = echo.upgrades.length;
              const up = await upgradeRequest({
                port: tls ? proxy.ports.https : proxy.ports.http,
                host: `k${i}.test`,
                path,
                localAddress: CLIENT,
                ...(tls ? { tls: { servername: `k${i}.test`, ...(cert ? { cert: cert.cert, key: cert.key } : {}) } } : {}),
              }).then((r) => r.status, () => 0);
              if (up === 101 || echo.upgrades.length !== before) seen.push(`${k} (Host k${i}.test): a WebSocket handshake was ${up === 101 ? 'upgraded' : 'passed to the backend'} (answer ${up})`);
            }
          }
        } finally {
          await proxy.stop();
        }
      } else {
        const { r, keys } = build(target, { http: 18080, https: 18443 }, echo.port, auth.url);
        const out = readOutput(r.files);
        const model = new TraefikModel(out.dynamic, modelOptionsFromStatic(out.static));
        check('open.test', model.route({ host: 'open.test', path: '/', clientIp: CLIENT }).status, 200, 'unrestricted Ingress');
        // forwardAuth asks the live auth service (askAuthServer); a burst arrives at one instant of the evaluator's clock.
        for (const [i, k] of keys.entries()) {
          const { burst = 1, path = '/x' } = REFUSING[k]!;
          const status = REFUSING[k]!.statusOn?.[target] ?? REFUSING[k]!.status;
          const { tls, clientCert } = REFUSING[k]!;
          const statuses: number[] = [];
          // Over TLS the handshake comes first: the TLS options its SNI selects and the client's certificate (none, or one from the CA).
          const cert = clientCert ? makeClientCert(ca(), 'client') : undefined;
          const hs = tls ? handshakeOptions(model.tlsOptions, `k${i}.test`) : undefined;
          const refusedInHandshake = hs !== undefined && (hs === 'closed' || !clientCertificateAccepted(hs.option, out.files, cert ? { cert: cert.cert } : undefined));
          for (let n = 0; n < burst; n++)
            statuses.push(refusedInHandshake ? 0 : (await model.routeAsync({ host: `k${i}.test`, path, clientIp: CLIENT, concurrent: true, ...(tls ? { https: true, sni: `k${i}.test` } : {}) }, askAuthServer)).status);
          model.limits.settle();
          check(`k${i}.test`, statuses.includes(status) ? status : statuses[statuses.length - 1]!, status, `${k} (${burst} request(s) at once: ${statuses.join(' ')})`);
        }
      }
      assert.deepEqual(seen, [], `${target} served a client the annotation refuses`);
    } finally {
      await echo.close();
      await auth.close();
    }
  });
}
