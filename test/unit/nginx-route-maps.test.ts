import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mapsRefusal } from '../../src/emit/nginx/route-maps.js';
import { compile } from '../../src/index.js';
import { resolveOptions } from '../../src/options.js';
import type { VirtualHost } from '../../src/ir/types.js';
import { GOOD_INGRESS, runCli } from '../helpers/cli.js';

/** `--nginx-routing maps` (route-maps.ts): which hosts the maps route, why the others keep their locations, and what is written. */

const BACKENDS = ['default/a:80=127.0.0.1:9001', 'default/b:80=127.0.0.1:9002'];

function ingress(name: string, host: string, paths: [string, string, string][], annotations: Record<string, string> = {}): string {
  const items = paths.map(([p, t, svc]) => `      - {path: "${p}", pathType: ${t}, backend: {service: {name: ${svc}, port: {number: 80}}}}`).join('\n');
  const ann = Object.keys(annotations).length ? `  annotations: ${JSON.stringify(Object.fromEntries(Object.entries(annotations).map(([k, v]) => [`nginx.ingress.kubernetes.io/${k}`, v])))}\n` : '';
  return `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${name}\n  namespace: default\n${ann}spec:\n  ingressClassName: nginx\n  rules:\n  - ${host ? `host: "${host}"\n    ` : ''}http:\n      paths:\n${items}\n`;
}

function build(docs: string[], routing?: 'maps' | 'locations') {
  const r = compile([{ path: 'in.yaml', text: docs.join('---\n') }], { target: 'nginx', backends: BACKENDS, ...(routing ? { nginxRouting: routing } : {}) });
  assert.ok(r.ok, JSON.stringify(r.diagnostics, null, 2));
  return { conf: r.files.find((f) => f.path === 'nginx.conf')!.content, ir: r.ir! };
}

const host = (vhosts: readonly VirtualHost[], name: string): VirtualHost => vhosts.find((v) => v.name === name)!;

test('a host qualifies only when every location is a plain jump to a lower-case path', () => {
  const { ir } = build([
    ingress('plain', 'plain.test', [['/', 'Prefix', 'a'], ['/api', 'Prefix', 'b'], ['/api/v1/x', 'Exact', 'a'], ['/static/', 'ImplementationSpecific', 'b']]),
    ingress('cased', 'cased.test', [['/API', 'Prefix', 'a']]),
    ingress('strpfx', 'strpfx.test', [['/api', 'ImplementationSpecific', 'a']]),
    ingress('timeout', 'timeout.test', [['/api', 'Prefix', 'a']], { 'proxy-read-timeout': '30' }),
    ingress('regex', 'regex.test', [['/api/.*', 'ImplementationSpecific', 'a']], { 'use-regex': 'true' }),
    ingress('quiet', 'quiet.test', [['/q', 'Prefix', 'a']], { 'enable-access-log': 'false' }),
    ingress('rewrite', 'rewrite.test', [['/r', 'Prefix', 'a']], { 'upstream-vhost': 'x.test' }),
    ingress('wild', '*.w.test', [['/w', 'Prefix', 'a']]),
  ]);
  const why = (name: string, hashWildcards = true): string | undefined => mapsRefusal(host(ir.vhosts, name), hashWildcards);
  assert.equal(why('plain.test'), undefined);
  assert.equal(why('*.w.test'), undefined);
  assert.match(why('*.w.test', false)!, /regex server_name/);
  assert.match(why('cased.test')!, /"\/API" has characters outside/);
  assert.match(why('strpfx.test')!, /"\/api" is a string prefix/);
  assert.match(why('timeout.test')!, /does more than proxy/);
  assert.match(why('rewrite.test')!, /does more than proxy/);
  assert.match(why('regex.test')!, /regex paths/);
  assert.match(why('quiet.test')!, /enable-access-log/);
});

test('the default server and wildcards beside host-less rules keep their locations', () => {
  const { ir, conf } = build([ingress('any', '', [['/x', 'Prefix', 'a']]), ingress('wild', '*.w.test', [['/w', 'Prefix', 'a']])], 'maps');
  assert.match(mapsRefusal(ir.vhosts.find((v) => v.kind === 'any')!, false)!, /default server/);
  assert.ok(!conf.includes('$ingressc_route'), 'no maps when no host qualifies');
});

test('maps: the chain exact → deepest prefix → root, each host keyed by its server_name', () => {
  const { conf } = build(
    [
      ingress('one', 'one.test', [['/', 'Prefix', 'a'], ['/api', 'Prefix', 'b'], ['/api/v1/x', 'Exact', 'a'], ['/api/v2/deep', 'Prefix', 'a']]),
      ingress('two', '*.two.test', [['/api', 'Prefix', 'a']]),
      ingress('kept', 'kept.test', [['/api', 'Prefix', 'a']], { 'proxy-read-timeout': '30' }),
    ],
    'maps',
  );
  const block = (head: string): string[] => {
    const at = conf.indexOf(`    ${head} {\n`);
    assert.ok(at >= 0, `no ${head}`);
    return conf.slice(at, conf.indexOf('\n    }\n', at)).split('\n').slice(1).map((l) => l.trim());
  };
  assert.match(conf, /^ {4}map_hash_bucket_size \d+;\n {4}map_hash_max_size \d+;\n/m);
  // map_hash_* before the config's first map: nginx fixes the sizes there.
  assert.ok(conf.indexOf('map_hash_max_size') < conf.indexOf('map $'));
  assert.ok(conf.includes('map $uri $ingressc_exact_uri { "~[A-Z]" ""; default $uri; }'));
  assert.ok(conf.includes('map $uri $ingressc_cut3 { "~^(/(?:[^/A-Z]*/){3})" $1; default ""; }'));
  assert.ok(conf.includes('map $uri $ingressc_cut1 { "~^(/(?:[^/A-Z]*/){1})" $1; default ""; }'));
  assert.ok(!conf.includes('$ingressc_cut2 '), 'no map for a depth no host has');
  // Entries in the IR's host order (exact hosts, then wildcards), each host's paths in location order.
  assert.deepEqual(block('map $server_name$ingressc_exact_uri $ingressc_route'), [
    '"one.test/api" @u_default_b_80;',
    '"one.test/api/v1/x" @u_default_a_80;',
    '"one.test/api/v2/deep" @u_default_a_80;',
    '"*.two.test/api" @u_default_a_80;',
    'default $ingressc_route_d3;',
  ]);
  assert.deepEqual(block('map $server_name$ingressc_cut3 $ingressc_route_d3'), ['"one.test/api/v2/deep/" @u_default_a_80;', 'default $ingressc_route_d1;']);
  assert.deepEqual(block('map $server_name$ingressc_cut1 $ingressc_route_d1'), ['"one.test/api/" @u_default_b_80;', '"*.two.test/api/" @u_default_a_80;', 'default $ingressc_route_root;']);
  // Only roots that answer more than a 404 are entries.
  assert.deepEqual(block('map $server_name/ $ingressc_route_root'), ['"one.test/" @u_default_a_80;', 'default @ingressc_404;']);
  const two = conf.slice(conf.indexOf('server_name "*.two.test";'));
  // A routed host: after the server's checks (here a wildcard's depth check), one location, then its named locations (the 404 one when its root answers 404).
  assert.match(two, /^server_name "\*\.two\.test";\n {8}if \(\$ingressc_host_parent != "two\.test"\) \{\n {12}return 404;\n {8}\}\n {8}location \/ \{\n {12}error_page 418 = \$ingressc_route;\n {12}return 418;\n {8}\}\n {8}location @u_default_a_80 \{\n.*\n {8}\}\n {8}location @ingressc_404 \{\n {12}return 404;\n {8}\}\n {4}\}/);
  // A host the maps leave alone keeps its locations.
  const kept = conf.slice(conf.indexOf('server_name "kept.test";'), conf.indexOf('server_name "one.test";'));
  assert.ok(kept.includes('location ^~ "/api/" {') && !kept.includes('$ingressc_route'));
});

test('a host named like a word of the map block ("default", "include") is keyed with its "/"', () => {
  const { conf } = build([ingress('d', 'default', [['/', 'Prefix', 'a']]), ingress('i', 'include', [['/', 'Prefix', 'b'], ['/x', 'Exact', 'a']])], 'maps');
  assert.ok(conf.includes('\n        "default/" @u_default_a_80;\n        "include/" @u_default_b_80;\n        default @ingressc_404;\n'));
  assert.ok(conf.includes('\n        "include/x" @u_default_a_80;\n'));
});

test('the default output is unchanged by the option\'s existence, and maps output is deterministic', () => {
  const docs = [ingress('one', 'one.test', [['/', 'Prefix', 'a'], ['/api', 'Prefix', 'b']])];
  assert.equal(build(docs).conf, build(docs, 'locations').conf);
  assert.ok(!build(docs).conf.includes('map_hash'));
  assert.equal(build(docs, 'maps').conf, build(docs, 'maps').conf);
  assert.notEqual(build(docs, 'maps').conf, build(docs).conf);
});

test('--nginx-routing accepts locations and maps only; other targets ignore it', () => {
  assert.equal(resolveOptions({ nginxRouting: 'maps' }).options?.nginxRouting, 'maps');
  assert.equal(resolveOptions({}).options?.nginxRouting, 'locations');
  assert.match(resolveOptions({ nginxRouting: 'hash' as 'maps' }).diagnostics[0]!.message, /expected one of "locations", "maps"/);
  const r = compile([{ path: 'in.yaml', text: ingress('one', 'one.test', [['/', 'Prefix', 'a']]) }], { target: 'haproxy', backends: BACKENDS, nginxRouting: 'maps' });
  assert.ok(r.ok);
});

test('the CLI passes --nginx-routing to the nginx emitter and refuses other values (exit 2)', () => {
  const maps = runCli(['compile', '-', '--target', 'nginx', '--nginx-routing', 'maps', '--resolver', '127.0.0.1'], { input: GOOD_INGRESS });
  assert.equal(maps.code, 0, maps.err);
  assert.match(maps.out, /\n {4}map \$server_name\/ \$ingressc_route_root \{\n {8}"good\.test\/" @u_default_web_80;/);
  const plain = runCli(['compile', '-', '--target', 'nginx', '--resolver', '127.0.0.1'], { input: GOOD_INGRESS });
  assert.equal(plain.code, 0, plain.err);
  assert.ok(!plain.out.includes('$ingressc_route'));
  const bad = runCli(['compile', '-', '--target', 'nginx', '--nginx-routing', 'hash'], { input: GOOD_INGRESS });
  assert.equal(bad.code, 2);
  assert.match(bad.err, /nginxRouting|nginx-routing/);
});
