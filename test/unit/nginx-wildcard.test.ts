import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderNginx } from '../../src/emit/nginx/emit-nginx.js';
import { wildcardHashServerName } from '../../src/emit/nginx/quote.js';
import { depthCheck, hostParentMap } from '../../src/emit/nginx/wildcard-depth.js';
import { TextWriter } from '../../src/emit/text-writer.js';
import { compile } from '../../src/index.js';
import { hostsIr, label } from '../helpers/hosts-ir.js';

const lines = (f: (w: TextWriter) => void): string[] => {
  const w = new TextWriter('  ');
  f(w);
  return w.toString().trimEnd().split('\n');
};

test('hash wildcard server_name is the quoted suffix behind "*."; an invalid suffix is refused', () => {
  assert.equal(wildcardHashServerName('foo.example.com'), '"*.foo.example.com"');
  for (const bad of ['foo.com"; evil', 'foo.com;', '*.foo.com', 'foo.com\n', 'a$b.com', 'Foo.com', '']) {
    assert.throws(() => wildcardHashServerName(bad), /invalid wildcard/, JSON.stringify(bad));
  }
});

test('depth check answers a "return" directly inside the if, with the suffix quoted', () => {
  assert.deepEqual(lines((w) => depthCheck(w, 'foo.example.com', 'return 404;')), [
    'if ($ingressc_host_parent != "foo.example.com") {',
    '  return 404;',
    '}',
  ]);
  assert.deepEqual(lines((w) => depthCheck(w, 'a.b', 'return 503;'))[1], '  return 503;');
});

test('depth check reaches a proxied default backend through a named location', () => {
  assert.deepEqual(lines((w) => depthCheck(w, 'foo.example.com', 'proxy_pass http://default_fb_8080;')), [
    'error_page 418 = @ingressc_default;',
    'if ($ingressc_host_parent != "foo.example.com") {',
    '  return 418;',
    '}',
    'location @ingressc_default {',
    '  proxy_pass http://default_fb_8080;',
    '}',
  ]);
});

test('depth check refuses a suffix that is not a DNS name (no injection through the if)', () => {
  for (const bad of ['foo.com") { return 200; } if ("', 'foo.com"', 'a b.com', '$host']) {
    assert.throws(() => depthCheck(new TextWriter(), bad, 'return 404;'), /invalid wildcard/, JSON.stringify(bad));
  }
});

test('host parent map: everything after the first label, "" for one label', () => {
  const map = lines(hostParentMap).find((l) => l.startsWith('map '))!;
  assert.equal(map, 'map $host $ingressc_host_parent { "~^[^.]+\\\\.(.+)$" $1; default ""; }');
  // nginx's parser turns "\\" inside quotes into "\": the PCRE it compiles is ^[^.]+\.(.+)$
  const re = /^[^.]+\.(.+)$/;
  assert.equal(re.exec('a.foo.com')?.[1], 'foo.com');
  assert.equal(re.exec('y.x.foo.com')?.[1], 'x.foo.com');
  assert.equal(re.exec('localhost'), null);
  assert.equal(re.exec('.foo.com'), null);
});

const yaml = (withHostless: boolean): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: w}
spec:
  rules:
  - host: "*.foo.com"
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: w, port: {number: 80}}}}
${withHostless ? '  - http:\n      paths:\n      - {path: /api, pathType: Prefix, backend: {service: {name: any, port: {number: 80}}}}\n' : ''}`;
const nginxConf = (text: string): string => {
  const r = compile([{ path: 'w.yaml', text }], { target: 'nginx', backends: ['default/w:80=127.0.0.1:9', 'default/any:80=127.0.0.1:9'] });
  assert.ok(r.ok, JSON.stringify(r.diagnostics));
  return r.files.find((f) => f.path === 'nginx.conf')!.content;
};

test('without host-less rules a wildcard is a hash name with the depth check', () => {
  const conf = nginxConf(yaml(false));
  assert.match(conf, /\n {8}server_name "\*\.foo\.com";\n {8}if \(\$ingressc_host_parent != "foo\.com"\) \{\n {12}return 404;\n/);
  assert.match(conf, /map \$host \$ingressc_host_parent/);
  assert.doesNotMatch(conf, /server_name "~/);
});

test('with host-less rules a wildcard stays a one-label regex and no map is emitted', () => {
  const conf = nginxConf(yaml(true));
  assert.match(conf, /server_name "~\^\[\^\.\]\+\\\\\.foo\\\\\.com\$";/);
  assert.doesNotMatch(conf, /ingressc_host_parent/);
});

const sizes = (conf: string): { bucket: number; max: number } => ({
  bucket: Number(/server_names_hash_bucket_size (\d+);/.exec(conf)![1]),
  max: Number(/server_names_hash_max_size (\d+);/.exec(conf)![1]),
});

test('server_names hash sizes count hash wildcard names', () => {
  // A wildcard whose labels need more than the default bucket (nginx: 8 + align8(63 + 2) bytes + a pointer).
  const long = `${label(1)}.${label(2)}.test`;
  const exactOnly = sizes(renderNginx(hostsIr({ exact: ['a.test'], wildcards: [] }), '127.0.0.1'));
  const withWild = sizes(renderNginx(hostsIr({ exact: ['a.test'], wildcards: [long] }), '127.0.0.1'));
  assert.equal(exactOnly.bucket, 64);
  assert.ok(withWild.bucket >= 8 + 72 + 8, JSON.stringify(withWild));
  // Near the 253-character limit.
  const longest = `${label(3)}.${label(4)}.${label(5)}.${label(6, 59)}`;
  assert.equal(`*.${longest}`.length, 253);
  assert.ok(sizes(renderNginx(hostsIr({ exact: [], wildcards: [longest] }), '127.0.0.1')).bucket >= 8 + 72 + 8);
  // Many names: the table can give each one a slot.
  const exact = Array.from({ length: 10000 }, (_, i) => `svc-${String(i).padStart(5, '0')}.team-${i % 97}.apps.example-cluster.internal`);
  const wild = Array.from({ length: 500 }, (_, i) => `wild-${i}.example-cluster.internal`);
  assert.ok(sizes(renderNginx(hostsIr({ exact, wildcards: wild }), '127.0.0.1')).max >= 10500);
  assert.ok(sizes(renderNginx(hostsIr({ exact: [], wildcards: wild }), '127.0.0.1')).max >= 500);
});
