/**
 * The controller ConfigMap's client connection settings, live: keep-alive (an idle connection is
 * closed after that many seconds; "0": every response closes it), keep-alive-requests, and
 * client-header-timeout (a request header that does not arrive in time ends the connection), on
 * the targets whose cells list them (configmap/support.ts KEY_SUPPORT). Generous margins: what is
 * checked is that the proxy closes the connection, and that without the key it does not.
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import { test } from 'node:test';
import type { TargetName } from '../../src/index.js';
import { TARGETS } from '../../src/options.js';
import { KEY_SUPPORT } from '../../src/providers/ingress-nginx/configmap/support.js';
import { skipReason, startEcho, startProxy, type ProxyKind } from '../harness/index.js';
import { buildCase, LIVE, type Case } from './configmap-live.js';
import { writeFiles } from './run-table.js';

const HOST = 'conn.cm.test';
const INGRESS: Case['ingresses'] = [{ name: 'conn', host: HOST }];
const on = (key: string, t: TargetName): boolean => KEY_SUPPORT[key]?.[t] !== undefined;

/** A raw connection: what arrived, and whether (when) the proxy closed it. */
interface Conn {
  socket: net.Socket;
  text: () => string;
  closed: () => boolean;
  /** Resolves true when the peer closes within `ms`. */
  closesWithin: (ms: number) => Promise<boolean>;
}

function connect(port: number): Promise<Conn> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    let ended = false;
    const waiters: (() => void)[] = [];
    socket.on('data', (d) => (data += d.toString('latin1')));
    const end = (): void => {
      ended = true;
      for (const w of waiters.splice(0)) w();
    };
    socket.on('end', end);
    socket.on('close', end);
    socket.on('error', end);
    socket.once('connect', () =>
      resolve({
        socket,
        text: () => data,
        closed: () => ended,
        closesWithin: (ms) =>
          ended
            ? Promise.resolve(true)
            : new Promise((r) => {
                const t = setTimeout(() => r(false), ms);
                waiters.push(() => {
                  clearTimeout(t);
                  r(true);
                });
              }),
      }),
    );
    socket.once('error', reject);
  });
}

const GET = `GET / HTTP/1.1\r\nHost: ${HOST}\r\n\r\n`;
// Responses follow each other without a line break (a body ends where the next status line starts).
const responses = (text: string): number => (text.match(/HTTP\/1\.1 \d{3} /g) ?? []).length;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function withProxy(kind: TargetName, data: Record<string, string>, body: (port: number) => Promise<void>): Promise<void> {
  const echo = await startEcho('echo');
  const proxy = await startProxy({
    kind: kind as ProxyKind,
    build: (ports, dir) => {
      const r = buildCase({ ingresses: INGRESS, data }, kind, ports, echo.port);
      assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
      writeFiles(dir, r.files);
    },
  });
  try {
    await body(proxy.ports.http);
  } finally {
    await proxy.stop();
    await echo.close();
  }
}

for (const kind of LIVE)
  test(`${kind}: ConfigMap keep-alive, keep-alive-requests and client-header-timeout, live`, { skip: skipReason(kind as ProxyKind) }, async () => {
    const failures: string[] = [];
    // Without the keys: an idle keep-alive connection and an unfinished request header are still open after 3 s.
    await withProxy(kind, { 'ssl-redirect': 'false' }, async (port) => {
      const idle = await connect(port);
      idle.socket.write(GET);
      const partial = await connect(port);
      partial.socket.write(`GET / HTTP/1.1\r\nHost: ${HOST}\r\n`);
      await sleep(3000);
      if (responses(idle.text()) !== 1) failures.push(`default: ${responses(idle.text())} responses, expected 1`);
      if (idle.closed()) failures.push('default: the idle keep-alive connection was closed within 3 s');
      if (partial.closed()) failures.push('default: the unfinished request header was cut within 3 s');
      idle.socket.destroy();
      partial.socket.destroy();
    });
    const data: Record<string, string> = { 'keep-alive': '1', 'client-header-timeout': '1' };
    if (on('keep-alive-requests', kind)) data['keep-alive-requests'] = '2';
    await withProxy(kind, data, async (port) => {
      // keep-alive "1": closed once idle for a second (well within 8 s).
      const idle = await connect(port);
      idle.socket.write(GET);
      if (!(await idle.closesWithin(8000))) failures.push('keep-alive 1: the idle connection was still open after 8 s');
      else if (responses(idle.text()) !== 1) failures.push(`keep-alive 1: ${responses(idle.text())} responses before the close, expected 1`);
      // client-header-timeout "1": the unfinished header ends the connection; nginx (and Caddy) close it
      // without an answer, HAProxy and Envoy answer 408 first (their cells say so).
      const partial = await connect(port);
      partial.socket.write(`GET / HTTP/1.1\r\nHost: ${HOST}\r\n`);
      const answer = (kind === 'haproxy' || kind === 'envoy') ? /^HTTP\/1\.1 408/ : /^$/;
      if (!(await partial.closesWithin(8000))) failures.push('client-header-timeout 1: the unfinished header was still open after 8 s');
      else if (!answer.test(partial.text())) failures.push(`client-header-timeout 1: answered ${JSON.stringify(partial.text().slice(0, 40))}, expected ${answer}`);
      // keep-alive-requests "2": the second response closes the connection.
      if (on('keep-alive-requests', kind)) {
        // One request at a time (no pipelining): the second response closes the connection.
        const two = await connect(port);
        for (let i = 0; i < 2 && !two.closed(); i++) {
          two.socket.write(GET);
          for (let w = 0; w < 100 && responses(two.text()) <= i && !two.closed(); w++) await sleep(50);
        }
        if (!(await two.closesWithin(8000))) failures.push('keep-alive-requests 2: still open after 8 s');
        else if (responses(two.text()) !== 2) failures.push(`keep-alive-requests 2: ${responses(two.text())} responses, expected 2`);
      }
    });
    if (on('keep-alive', kind) && kind !== 'caddy')
      await withProxy(kind, { 'keep-alive': '0' }, async (port) => {
        // keep-alive "0": one response, then the proxy closes (Caddy cannot: its cell says so).
        const c = await connect(port);
        c.socket.write(GET + GET);
        if (!(await c.closesWithin(8000))) failures.push('keep-alive 0: still open after 8 s');
        else if (responses(c.text()) !== 1) failures.push(`keep-alive 0: ${responses(c.text())} responses, expected 1`);
      });
    assert.deepEqual(failures, []);
  });

test('the IR carries exactly the settings the target applies; the others warn (IC3152) at their key', () => {
  const data = { 'keep-alive': '30', 'keep-alive-requests': '100', 'client-header-timeout': '20', 'client-body-timeout': '25', 'large-client-header-buffers': '4 16k' };
  const fields: Record<string, [string, unknown]> = {
    'keep-alive': ['keepAliveSeconds', 30],
    'keep-alive-requests': ['keepAliveRequests', 100],
    'client-header-timeout': ['headerTimeoutSeconds', 20],
    'client-body-timeout': ['bodyTimeoutSeconds', 25],
    'large-client-header-buffers': ['headerBuffers', { count: 4, size: '16k' }],
  };
  for (const t of TARGETS) {
    const r = buildCase({ ingresses: INGRESS, data }, t, { http: 8080, https: 8443 }, 9);
    assert.ok(r.ok, t);
    const want = Object.fromEntries(Object.entries(fields).filter(([k]) => on(k, t)).map(([, f]) => f));
    assert.deepEqual(r.ir!.clientConnection ?? {}, want, t);
    const warned = r.diagnostics.filter((d) => d.code === 'IC3152').length;
    assert.equal(warned, Object.keys(fields).filter((k) => !on(k, t)).length, t);
  }
  // nginx writes ingress-nginx's directives.
  const conf = buildCase({ ingresses: INGRESS, data }, 'nginx', { http: 8080, https: 8443 }, 9).files.find((f) => f.path === 'nginx.conf')!.content;
  for (const l of ['keepalive_timeout 30s;', 'keepalive_requests 100;', 'client_header_timeout 20s;', 'client_body_timeout 25s;', 'large_client_header_buffers 4 16k;']) assert.ok(conf.includes(l), l);
});

test('values: decimal numbers, and a count with an nginx size of at least 512 bytes; else IC2300 at the key', () => {
  for (const [k, v] of [['keep-alive', '010'], ['keep-alive', '-1'], ['keep-alive', '5s'], ['client-header-timeout', '0x10'], ['large-client-header-buffers', '4'], ['large-client-header-buffers', '4 100'], ['large-client-header-buffers', '0 8k'], ['large-client-header-buffers', '4 8k;']] as const) {
    const r = buildCase({ ingresses: INGRESS, data: { [k]: v } }, 'nginx', { http: 8080, https: 8443 }, 9);
    assert.equal(r.ok, false, `${k}: ${v}`);
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'IC2300').map((d) => d.loc?.line), [5], `${k}: ${v}`);
  }
});
