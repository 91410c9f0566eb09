/**
 * WebSocket upgrades through each live proxy. ingress-nginx passes Upgrade and Connection on every
 * proxied location (nginx.tmpl: proxy_http_version 1.1, proxy_set_header Upgrade $http_upgrade,
 * Connection $connection_upgrade), so a handshake reaches the backend and its 101 opens a tunnel;
 * a location that answers itself (redirects, refused access) never reaches the backend, so there
 * is no upgrade there. Each host below is one such location; the client sends a real handshake
 * (harness/upgrade.ts) and checks the 101, Sec-WebSocket-Accept and a round trip through the tunnel.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../../src/index.js';
import { startHttpsEcho } from '../harness/tls-echo.js';
import { makeCert, skipReason, startAuthServer, startEcho, startProxy, upgradedBy, upgradeRequest, type ProxyKind, type UpgradeResult } from '../harness/index.js';
import { tlsSecretYaml } from '../helpers/tls-secret.js';
import { writeFiles } from './run-table.js';

const A = 'nginx.ingress.kubernetes.io/';

/** One Ingress per host: its annotations, its Service, TLS. */
interface Site {
  annotations?: Record<string, string>;
  service?: 'echo' | 'split' | 'tls';
  tls?: boolean;
}

const SITES: Readonly<Record<string, Site>> = {
  'plain.test': {},
  'secure.test': { tls: true },
  'body.test': { annotations: { [`${A}proxy-body-size`]: '1k' } },
  'denied.test': { annotations: { [`${A}whitelist-source-range`]: '10.0.0.0/8' } },
  'auth-no.test': { annotations: { [`${A}auth-url`]: '{{auth}}/status/401' } },
  'auth-yes.test': { annotations: { [`${A}auth-url`]: '{{auth}}/status/200' } },
  // CORS answers preflights itself; a handshake is a GET, which CORS passes to the backend.
  'cors.test': { annotations: { [`${A}enable-cors`]: 'true', [`${A}cors-allow-origin`]: 'https://app.test' } },
  // backend-protocol HTTPS: ingress-nginx's proxy_pass https:// passes upgrades too.
  'tls-backend.test': { service: 'tls', annotations: { [`${A}backend-protocol`]: 'HTTPS' } },
  'moved.test': { annotations: { [`${A}permanent-redirect`]: 'https://elsewhere.test/' } },
  // Its own Service: ingress-nginx attaches a canary to every route of the main Service (IC3123).
  'split.test': { service: 'split' },
};

/** A canary Ingress taking every request of split.test (canary-weight 100): the handshake too. */
const CANARY = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: split-canary
  namespace: default
  annotations: {${JSON.stringify(`${A}canary`)}: "true", ${JSON.stringify(`${A}canary-weight`)}: "100"}
spec:
  ingressClassName: nginx
  rules:
  - host: split.test
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: canary, port: {number: 80}}}}
`;

const ingress = (host: string, s: Site, authUrl: string): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${host.replace(/\./g, '-')}
  namespace: default
  annotations: ${JSON.stringify(Object.fromEntries(Object.entries(s.annotations ?? {}).map(([k, v]) => [k, v.replace('{{auth}}', authUrl)])))}
spec:
  ingressClassName: nginx
${s.tls ? `  tls: [{hosts: [${host}], secretName: tls-secure}]\n` : ''}  rules:
  - host: ${host}
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: ${s.service ?? 'echo'}, port: {number: 80}}}}
`;

/** What one handshake must get: upgraded by a backend, or refused with `status` before any backend. */
type Expect = { upgradedBy: 'echo' | 'canary' | 'tls' } | { status: number };
interface Attempt {
  host: string;
  https?: boolean;
  origin?: string;
  /** Upgrade header value (default websocket). */
  protocol?: string;
  expect: Expect;
  /** A target that differs, and why (reported, not hidden). */
  expectOn?: Partial<Record<ProxyKind, Expect>>;
}

const ATTEMPTS: Attempt[] = [
  { host: 'plain.test', expect: { upgradedBy: 'echo' } },
  { host: 'secure.test', https: true, expect: { upgradedBy: 'echo' } },
  // ssl-redirect (the default with TLS): plain HTTP is redirected, not upgraded.
  { host: 'secure.test', expect: { status: 308 } },
  // proxy-body-size limits a body; a handshake has none (Envoy's buffer filter must not wait for one).
  { host: 'body.test', expect: { upgradedBy: 'echo' } },
  // Refused access fails closed: no 101, and the backend never sees the handshake.
  { host: 'denied.test', expect: { status: 403 } },
  { host: 'auth-no.test', expect: { status: 401 } },
  { host: 'auth-yes.test', expect: { upgradedBy: 'echo' } },
  { host: 'tls-backend.test', expect: { upgradedBy: 'tls' } },
  { host: 'cors.test', origin: 'https://app.test', expect: { upgradedBy: 'echo' } },
  // nginx passes any Upgrade value; Envoy upgrades only the types its connection manager lists (websocket).
  { host: 'plain.test', protocol: 'x-custom', expect: { upgradedBy: 'echo' }, expectOn: { envoy: { status: 403 } } },
  { host: 'moved.test', expect: { status: 301 } },
  { host: 'split.test', expect: { upgradedBy: 'canary' } },
];

const describe = (r: UpgradeResult): string => (r.status === 101 ? `101 (accept ${r.acceptOk ? 'ok' : 'wrong'}, tunnel reply ${JSON.stringify(r.reply)})` : String(r.status));

for (const kind of ['nginx', 'haproxy', 'envoy', 'caddy'] as const satisfies readonly ProxyKind[]) {
  test(`${kind}: WebSocket upgrades pass where ingress-nginx proxies, and nowhere else`, { skip: skipReason(kind) }, async () => {
    const echo = await startEcho('echo');
    const split = await startEcho('split');
    const canary = await startEcho('canary');
    const tls = await startHttpsEcho('tls', makeCert(['tls.default.svc']));
    const backends = [echo, split, canary, tls];
    const auth = await startAuthServer();
    try {
      const sources = [
        ...Object.entries(SITES).map(([host, s]) => ({ path: `${host}.yaml`, text: ingress(host, s, auth.url) })),
        { path: 'canary.yaml', text: CANARY },
        { path: 'tls.yaml', text: tlsSecretYaml('tls-secure', { hosts: ['secure.test'] }) },
      ];
      const proxy = await startProxy({
        kind,
        build: (ports, dir) => {
          const r = compile(sources, {
            target: kind,
            listenHttp: `127.0.0.1:${ports.http}`,
            listenHttps: `127.0.0.1:${ports.https}`,
            backends: backends.map((b) => `default/${b.service}:80=127.0.0.1:${b.port}`),
          });
          assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
          writeFiles(dir, r.files);
        },
      });
      const wrong: string[] = [];
      try {
        for (const a of ATTEMPTS) {
          const handshakes = (): number => backends.reduce((n, b) => n + b.upgrades.length, 0);
          const before = handshakes();
          const r = await upgradeRequest({
            port: a.https ? proxy.ports.https : proxy.ports.http,
            host: a.host,
            path: '/ws',
            ...(a.origin ? { origin: a.origin } : {}),
            ...(a.protocol ? { protocol: a.protocol } : {}),
            ...(a.https ? { tls: { servername: a.host } } : {}),
          });
          const what = `${a.https ? 'https' : 'http'}://${a.host}/ws (Upgrade: ${a.protocol ?? 'websocket'})`;
          const expect = a.expectOn?.[kind] ?? a.expect;
          if ('upgradedBy' in expect) {
            if (upgradedBy(r) !== expect.upgradedBy) wrong.push(`${what}: ${describe(r)}, expected a round trip through ${expect.upgradedBy}`);
          } else {
            if (r.status !== expect.status) wrong.push(`${what}: ${describe(r)}, expected ${expect.status}`);
            if (handshakes() !== before) wrong.push(`${what}: a backend saw the handshake, expected none to`);
          }
        }
      } finally {
        await proxy.stop();
      }
      assert.deepEqual(wrong, [], `${kind}:\n${wrong.join('\n')}\n--- proxy log ---\n${proxy.logs().slice(-3000)}`);
    } finally {
      await Promise.all([...backends.map((b) => b.close()), auth.close()]);
    }
  });
}
