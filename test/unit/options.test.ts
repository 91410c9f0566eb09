import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseEndpoint, parseListen, parseServiceRef, resolveOptions } from '../../src/options.js';

test('option errors say what was expected', () => {
  const { options, diagnostics } = resolveOptions({ target: 'apache' as never, bogus: 1 } as never);
  assert.equal(options, undefined);
  assert.deepEqual(diagnostics.map((d) => d.message).sort(), [
    'invalid option (options): unknown option "bogus"',
    'invalid option target: expected one of "nginx", "haproxy", "envoy", "traefik", "gateway-api"',
  ]);
  assert.ok(diagnostics.every((d) => d.code === 'IC5001'));
});

test('listen addresses', () => {
  assert.deepEqual(parseListen('127.0.0.1:8080'), { host: '127.0.0.1', port: 8080 });
  assert.deepEqual(parseListen(':80'), { host: '0.0.0.0', port: 80 });
  assert.deepEqual(parseListen('[::1]:443'), { host: '[::1]', port: 443 });
  for (const bad of ['80', 'localhost:80', '1.2.3.4:0', '1.2.3.4:70000', '1.2.3.4:80;', '[zz]:80']) assert.equal(parseListen(bad), undefined, bad);
});

test('service references and endpoints', () => {
  assert.deepEqual(parseServiceRef('default/tea-svc:80'), { namespace: 'default', service: 'tea-svc', port: 80 });
  assert.deepEqual(parseServiceRef('ns/web:http'), { namespace: 'ns', service: 'web', port: 'http' });
  for (const bad of ['tea-svc:80', 'ns/Web:80', 'ns/web:0', 'ns/web:ht--tp', 'ns/web:80;x']) assert.equal(parseServiceRef(bad), undefined, bad);
  assert.deepEqual(parseEndpoint('10.0.0.1:8080'), { kind: 'ip', host: '10.0.0.1', port: 8080 });
  assert.deepEqual(parseEndpoint('[::1]:80'), { kind: 'ip', host: '::1', port: 80 });
  assert.deepEqual(parseEndpoint('api.example.com:443'), { kind: 'dns', host: 'api.example.com', port: 443 });
  for (const bad of ['10.0.0.1', 'a b:80', 'x"y:80', 'host:99999', 'UPPER.example:80']) assert.equal(parseEndpoint(bad), undefined, bad);
});

test('HTTP and HTTPS cannot share a port', () => {
  assert.equal(resolveOptions({ listenHttp: '0.0.0.0:8080', listenHttps: '127.0.0.1:8080' }).options, undefined);
  assert.equal(resolveOptions({ listenHttp: '127.0.0.1:8080', listenHttps: '127.0.0.1:8080' }).options, undefined);
  assert.ok(resolveOptions({ listenHttp: '127.0.0.1:8080', listenHttps: '127.0.0.2:8080' }).options);
});
