// Self-test of the e2e harness: echo backends, client, certs, reaping, and
// hand-written nginx / HAProxy / Envoy configs routing through real proxies.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import {
  isBindFailure, makeCert, reapStale, send, skipReason, startEcho, startProxy, upgradedBy, upgradeRequest,
  type EchoServer, type Ports, type ProxyKind,
} from './index.js';
import { groupMembers, listenSockets, processIdentity } from './procfs.js';

let svcA: EchoServer;
let svcB: EchoServer;
before(async () => {
  svcA = await startEcho('svc-a');
  svcB = await startEcho('svc-b');
});
after(async () => {
  await svcA?.close();
  await svcB?.close();
});

// ------------------------------------------------------------ hand-written configs
// Route table shared by all three: Host a.test, /a (element-wise prefix) -> svc-a,
// exact /b -> svc-b, anything else (other paths, unknown hosts) -> 404.

function nginxConf(p: Ports, dir: string, tls: boolean): void {
  if (tls) {
    makeCert(['a.test'], dir);
    makeCert(['default.test'], dir);
  }
  const https = (extra: string) => (tls ? `listen 127.0.0.1:${p.https} ssl${extra};` : '');
  // No `daemon` directive (the harness passes -g 'daemon off;'); every path
  // is relative to the -p prefix, i.e. the temp dir.
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `pid nginx.pid;
error_log stderr;
worker_processes 1;
events { worker_connections 256; }
http {
  access_log access.log;
  client_body_temp_path client_body_temp; proxy_temp_path proxy_temp; fastcgi_temp_path fastcgi_temp;
  uwsgi_temp_path uwsgi_temp; scgi_temp_path scgi_temp;
  proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host $http_host;
  upstream svc_a { server 127.0.0.1:${svcA.port}; keepalive 4; }
  upstream svc_b { server 127.0.0.1:${svcB.port}; keepalive 4; }
  server {
    listen 127.0.0.1:${p.http} default_server; ${https(' default_server')}
    ${tls ? 'ssl_certificate default.test.crt; ssl_certificate_key default.test.key;' : ''}
    return 404;
  }
  server {
    listen 127.0.0.1:${p.http}; ${https('')}
    server_name a.test;
    ${tls ? 'ssl_certificate a.test.crt; ssl_certificate_key a.test.key;' : ''}
    location = /a { proxy_pass http://svc_a; }
    location /a/ { proxy_pass http://svc_a; }
    location = /b { proxy_pass http://svc_b; }
    location / { return 404; }
  }
}
`,
  );
}

function haproxyCfg(p: Ports, dir: string): void {
  fs.writeFileSync(
    path.join(dir, 'haproxy.cfg'),
    `global
  log stderr format raw local0
defaults
  mode http
  timeout connect 5s
  timeout client 30s
  timeout server 30s
frontend fe
  bind 127.0.0.1:${p.http}
  http-request set-var(txn.host) req.hdr(host),field(1,:),lower
  acl host_a var(txn.host) -m str a.test
  use_backend be_a if host_a { path /a } || host_a { path_beg /a/ }
  use_backend be_b if host_a { path /b }
  default_backend be_404
backend be_a
  server s1 127.0.0.1:${svcA.port}
backend be_b
  server s1 127.0.0.1:${svcB.port}
backend be_404
  http-request return status 404
`,
  );
}

/** Written as YAML for readability, stored as the JSON that ingressc emits (MAIN_FILE.envoy). */
function envoyYaml(p: Ports, dir: string): void {
  const cluster = (name: string, port: number) => `
  - name: ${name}
    type: STATIC
    connect_timeout: 1s
    load_assignment:
      cluster_name: ${name}
      endpoints:
      - lb_endpoints:
        - endpoint: { address: { socket_address: { address: 127.0.0.1, port_value: ${port} } } }`;
  const yaml =
    `static_resources:
  listeners:
  - name: http
    address: { socket_address: { address: 127.0.0.1, port_value: ${p.http} } }
    filter_chains:
    - filters:
      - name: envoy.filters.network.http_connection_manager
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
          stat_prefix: http
          route_config:
            virtual_hosts:
            - name: a_test
              # Envoy matches Host *with* its port; the "a.test:*" prefix
              # wildcard accepts any port without rewriting the forwarded Host
              # (strip_any_host_port would rewrite it).
              domains: ["a.test", "a.test:*"]
              routes:
              - match: { path_separated_prefix: "/a" }
                route: { cluster: svc_a }
              - match: { path: "/b" }
                route: { cluster: svc_b }
              - match: { prefix: "/" }
                direct_response: { status: 404 }
            - name: default
              domains: ["*"]
              routes:
              - match: { prefix: "/" }
                direct_response: { status: 404 }
          http_filters:
          - name: envoy.filters.http.router
            typed_config:
              "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
  clusters:${cluster('svc_a', svcA.port)}${cluster('svc_b', svcB.port)}
`;
  fs.writeFileSync(path.join(dir, 'envoy.json'), JSON.stringify(parse(yaml), null, 2));
}

/** Caddy's JSON: admin off, no automatic HTTPS; path_regexp because the `path` matcher ignores case. */
function caddyJson(p: Ports, dir: string): void {
  const proxy = (port: number) => ({ handler: 'reverse_proxy', upstreams: [{ dial: `127.0.0.1:${port}` }] });
  const status404 = { handler: 'static_response', status_code: 404 };
  const config = {
    admin: { disabled: true, config: { persist: false } },
    storage: { module: 'file_system', root: 'caddy-data' },
    apps: {
      http: {
        servers: {
          http: {
            listen: [`127.0.0.1:${p.http}`],
            automatic_https: { disable: true },
            routes: [
              {
                match: [{ host: ['a.test'] }],
                handle: [
                  {
                    handler: 'subroute',
                    routes: [
                      { match: [{ path_regexp: { pattern: '^/a(/.*)?$' } }], handle: [proxy(svcA.port)], terminal: true },
                      { match: [{ path_regexp: { pattern: '^/b$' } }], handle: [proxy(svcB.port)], terminal: true },
                      { handle: [status404], terminal: true },
                    ],
                  },
                ],
                terminal: true,
              },
              { handle: [status404], terminal: true },
            ],
          },
        },
      },
    },
  };
  fs.writeFileSync(path.join(dir, 'caddy.json'), JSON.stringify(config));
}

const BUILD: Record<ProxyKind, (p: Ports, dir: string) => void> = {
  nginx: (p, dir) => nginxConf(p, dir, true),
  haproxy: haproxyCfg,
  envoy: envoyYaml,
  caddy: caddyJson,
};

async function checkRoutes(port: number): Promise<void> {
  const a = await send({ port, host: 'a.test', path: '/a' });
  assert.equal(a.status, 200, a.body);
  assert.equal(a.json.service, 'svc-a');
  assert.equal(a.json.path, '/a');
  assert.equal(a.json.host, 'a.test');

  // Raw target and Host (case, port) must arrive unchanged.
  const raw = '/a/x%2Fy//z?q=1&r=a%20b';
  const r = await send({ port, host: `A.Test:${port}`, path: raw });
  assert.equal(r.status, 200, r.body);
  assert.equal(r.json.service, 'svc-a');
  assert.equal(r.json.path, raw);
  assert.equal(r.json.host, `A.Test:${port}`);

  const b = await send({ port, host: 'a.test', path: '/b' });
  assert.equal(b.json?.service, 'svc-b');

  assert.equal((await send({ port, host: 'a.test', path: '/abc' })).status, 404); // element-wise prefix
  assert.equal((await send({ port, host: 'a.test', path: '/c' })).status, 404);
  assert.equal((await send({ port, host: 'unknown.test', path: '/a' })).status, 404);

  const post = await send({ port, host: 'a.test', path: '/a/upload', method: 'POST', body: Buffer.alloc(100_000, 'y') });
  assert.equal(post.json.method, 'POST');
  assert.equal(post.json.bodyLength, 100_000);

  // Big response: catches proxies truncating buffered bodies.
  const big = await send({ port, host: 'a.test', path: '/a/big?bytes=3000000' });
  assert.equal(big.status, 200);
  assert.equal(big.body.length, 3_000_000);
}

async function assertGone(pid: number, dir: string, port: number): Promise<void> {
  assert.deepEqual(groupMembers(pid), [], 'process group still alive after stop()');
  assert.equal(fs.existsSync(dir), process.env.KEEP_PROXY_DIRS === '1');
  assert.equal(listenSockets().has(port), false, 'port still listening after stop()');
}

// ------------------------------------------------------------ unit-ish tests

test('echo + client: method, raw target, Host, headers and body arrive verbatim', async () => {
  const target = '/x/../y//z?q=%2F&b';
  const r = await send({
    port: svcA.port, host: 'Example.TEST:8080', path: target, method: 'PUT',
    headers: { 'X-Test': 'Yes' }, body: 'hello',
  });
  assert.equal(r.status, 200);
  assert.deepEqual(
    { service: r.json.service, method: r.json.method, path: r.json.path, host: r.json.host, bodyLength: r.json.bodyLength },
    { service: 'svc-a', method: 'PUT', path: target, host: 'Example.TEST:8080', bodyLength: 5 },
  );
  assert.equal(r.json.headers['x-test'], 'Yes');

  const bytes = await send({ port: svcB.port, path: '/?bytes=12345' });
  assert.equal(bytes.body.length, 12345);
  assert.equal(bytes.headers['content-type'], 'text/plain');
  assert.equal(bytes.json, undefined);
});

test('client: hung server rejects with a clear timeout error', async () => {
  const sockets: net.Socket[] = [];
  const hung = net.createServer((s) => sockets.push(s)); // accepts, never answers
  await new Promise<void>((r) => hung.listen(0, '127.0.0.1', r));
  const port = (hung.address() as net.AddressInfo).port;
  try {
    await assert.rejects(send({ port, path: '/', timeoutMs: 200 }), /timed out after 200 ms/);
  } finally {
    sockets.forEach((s) => s.destroy());
    hung.close();
  }
});

test('upgrade echo + client: a message the proxy splits still comes back whole', async () => {
  // A relay that, once the 101 passed, sends each chunk of the client's as its first byte and, a
  // moment later, the rest: what Caddy does when its 1-byte background read catches a message.
  const conns: net.Socket[] = [];
  const relay = net.createServer((client) => {
    const up = net.connect(svcA.port, '127.0.0.1');
    conns.push(client, up);
    let upgraded = false;
    up.on('data', (d: Buffer) => {
      upgraded ||= d.toString().startsWith('HTTP/1.1 101');
      client.write(d);
    });
    client.on('data', (d: Buffer) => {
      if (!upgraded || d.length < 2) return void up.write(d);
      up.write(d.subarray(0, 1));
      setTimeout(() => up.write(d.subarray(1)), 50);
    });
    client.on('close', () => up.destroy());
    up.on('close', () => client.destroy());
  });
  await new Promise<void>((r) => relay.listen(0, '127.0.0.1', r));
  try {
    const r = await upgradeRequest({ port: (relay.address() as net.AddressInfo).port, host: 'a.test', timeoutMs: 2000 });
    assert.equal(upgradedBy(r), 'svc-a', JSON.stringify(r));
  } finally {
    conns.forEach((c) => c.destroy());
    relay.close();
  }
});

test('makeCert: CN = first host, SAN = all hosts, cached', () => {
  const c1 = makeCert(['one.test', '*.wild.test']);
  assert.match(c1.cert, /BEGIN CERTIFICATE/);
  assert.match(c1.key, /PRIVATE KEY/);
  assert.equal(makeCert(['one.test', '*.wild.test']), c1);
  const x = new X509Certificate(c1.cert);
  assert.match(x.subject, /CN=one\.test/);
  assert.equal(x.subjectAltName, 'DNS:one.test, DNS:*.wild.test');
});

test('isBindFailure: recognises each proxy\'s "port taken" message only', () => {
  assert.ok(isBindFailure('nginx: [emerg] bind() to 127.0.0.1:4000 failed (98: Address already in use)'));
  assert.ok(isBindFailure('[ALERT] (1) : Starting frontend fe: cannot bind socket (Address already in use) [127.0.0.1:4000]'));
  assert.ok(isBindFailure("[critical][main] cannot bind '127.0.0.1:4000': Address already in use"));
  assert.ok(isBindFailure('{"level":"error","msg":"loading initial config: loading new config: http app module: start: listening on 127.0.0.1:4000: listen tcp 127.0.0.1:4000: bind: address already in use"}'));
  assert.ok(!isBindFailure('nginx: [emerg] unknown directive "bogus"'));
  assert.ok(!isBindFailure('{"level":"error","msg":"loading initial config: decoding config: json: unknown field \\"listn\\""}'));
});

test('reapStale: kills groups and dirs of dead runners, leaves live ones', async () => {
  const mk = async (owner: string) => {
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'ingressc-nginx-'));
    fs.writeFileSync(path.join(dir, 'owner'), owner);
    return dir;
  };
  const dead = await mk('999999999 0'); // pid beyond pid_max: owner long gone
  const alive = await mk(processIdentity(process.pid)!); // this runner: must be left alone
  const orphan = spawn('sleep', ['30'], { cwd: dead, detached: true, stdio: 'ignore' });
  const exited = new Promise((r) => orphan.once('exit', (_c, sig) => r(sig)));
  fs.writeFileSync(path.join(dead, 'pgid'), String(orphan.pid));
  try {
    const res = reapStale();
    assert.ok(res.killedGroups.includes(orphan.pid!));
    assert.equal(await exited, 'SIGKILL');
    assert.equal(fs.existsSync(dead), false);
    assert.equal(fs.existsSync(alive), true);
  } finally {
    orphan.kill('SIGKILL');
    fs.rmSync(dead, { recursive: true, force: true });
    fs.rmSync(alive, { recursive: true, force: true });
  }
});

// ------------------------------------------------------------ live proxies

for (const kind of ['nginx', 'haproxy', 'envoy', 'caddy'] as const) {
  test(`${kind}: Host + path routing through the real proxy`, { skip: skipReason(kind) }, async (t) => {
    const proxy = await startProxy({ kind, build: BUILD[kind] });
    t.diagnostic(`${kind} start-to-ready ${proxy.startupMs.toFixed(0)} ms (attempts ${proxy.attempts})`);
    try {
      await checkRoutes(proxy.ports.http);
      if (kind === 'nginx') {
        // SNI picks the a.test cert; anything else gets the default server's.
        const ca = makeCert(['a.test']).cert;
        const s = await send({ port: proxy.ports.https, host: 'a.test', path: '/a?tls=1', tls: { ca } });
        assert.equal(s.status, 200);
        assert.equal(s.json.service, 'svc-a');
        assert.equal(s.json.path, '/a?tls=1');
        assert.equal(s.peerCN, 'a.test');
        assert.equal(s.peerSAN, 'DNS:a.test');
        const d = await send({ port: proxy.ports.https, host: 'other.test', path: '/a', tls: {} });
        assert.equal(d.status, 404);
        assert.equal(d.peerCN, 'default.test');
      }
    } catch (err) {
      t.diagnostic(proxy.logs());
      throw err;
    } finally {
      const t0 = performance.now();
      await proxy.stop();
      t.diagnostic(`${kind} stop ${(performance.now() - t0).toFixed(0)} ms`);
    }
    await assertGone(proxy.pid, proxy.dir, proxy.ports.http);
  });

  test(`${kind}: a port lost to another process is retried with fresh ports`, { skip: skipReason(kind) }, async (t) => {
    let squatter: net.Server | undefined;
    let squatted = 0;
    const proxy = await startProxy({
      kind,
      build: async (p, dir) => {
        if (!squatter) {
          // First attempt only: grab the http port before the proxy can.
          squatted = p.http;
          squatter = net.createServer();
          await new Promise<void>((r) => squatter!.listen(p.http, '127.0.0.1', r));
        }
        BUILD[kind](p, dir);
      },
    });
    try {
      t.diagnostic(`${kind} ready after ${proxy.attempts} attempts, ${proxy.startupMs.toFixed(0)} ms: ${proxy.retryReasons.join('; ')}`);
      assert.equal(proxy.attempts, 2);
      assert.notEqual(proxy.ports.http, squatted);
      const a = await send({ port: proxy.ports.http, host: 'a.test', path: '/a' });
      assert.equal(a.json.service, 'svc-a');
    } finally {
      await proxy.stop();
      squatter?.close();
    }
  });
}

test('startProxy: an invalid config fails fast with the validator output', { skip: skipReason('haproxy') }, async () => {
  await assert.rejects(
    startProxy({
      kind: 'haproxy',
      build: (p, dir) => fs.writeFileSync(path.join(dir, 'haproxy.cfg'), `frontend fe\n  bind 127.0.0.1:${p.http}\n  bogus_keyword\n`),
    }),
    /haproxy rejected the config[\s\S]*unknown keyword 'bogus_keyword'/,
  );
});
