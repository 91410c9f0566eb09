/** Authentication annotations: grammars, htpasswd Secrets, located errors per target, the access semantics of the IR. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { compile, type TargetName } from '../../src/index.js';
import { decideAccess, md5Crypt, verifyPassword } from '../../src/ir/access.js';
import type { HashScheme, RoutePolicies } from '../../src/ir/types.js';
import { hashScheme, parseAuthMap, parseHtpasswd } from '../../src/lower/htpasswd.js';
import { parseCacheDuration, parseHeaderList, parseHttpUrl, parseRealm, parseSecretRef } from '../../src/providers/ingress-nginx/families/auth-values.js';
import { BAR_HASHES, secretYaml } from '../conformance/ingress-nginx/auth-cases.js';

const ing = (annotations: Record<string, string>): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: app
  namespace: default
  annotations:
${Object.entries(annotations).map(([k, v]) => `    nginx.ingress.kubernetes.io/${k}: ${JSON.stringify(v)}\n`).join('')}spec:
  rules:
  - host: a.test
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
`;
const run = (docs: string[], target: TargetName = 'nginx') =>
  compile(docs.map((text, i) => ({ path: i === 0 ? 'in.yaml' : `s${i}.yaml`, text })), { target, backends: ['default/web:80=127.0.0.1:8080'] });
const basic = { 'auth-type': 'basic', 'auth-secret': 'users' };

describe('auth annotation grammars', () => {
  test('auth-url: absolute http(s) URL, no variables, no fragment or user info', () => {
    assert.deepEqual(parseHttpUrl('http://auth.example:9000/check?x=1'), { value: { scheme: 'http', host: 'auth.example', port: 9000, path: '/check', query: 'x=1' } });
    assert.deepEqual(parseHttpUrl('https://[2001:db8::1]'), { value: { scheme: 'https', host: '2001:db8::1', path: '/' } });
    for (const bad of ['https://invalid..auth.url', 'ftp://a/b', 'http://$host/x', 'http://a/b#frag', 'http://u:p@a/', 'http://a:0/', 'http://a:65536/', 'http://a/x y', 'http://a/%zz', '/relative', 'http://a/$request_uri', 'http://a/"x', 'http://[fe80::1%eth0]/'])
      assert.ok('expected' in parseHttpUrl(bad), bad);
    assert.ok('value' in parseHttpUrl('http://$host/auth/start', { hostVariable: true }));
    assert.ok('expected' in parseHttpUrl('http://a/$host', { hostVariable: true }));
  });

  test('auth-response-headers, auth-cache-duration, auth-secret, auth-realm', () => {
    assert.deepEqual(parseHeaderList(' X-User, x-user ,,X_Email'), { value: ['X-User', 'X_Email'] });
    assert.ok('expected' in parseHeaderList('X-User, Bad Header'));
    assert.ok('expected' in parseHeaderList('X-User:1'));
    assert.deepEqual(parseCacheDuration('200 202 10m, 401 5m'), { value: ['200 202 10m', '401 5m'] });
    assert.deepEqual(parseCacheDuration(''), { value: ['200 202 401 5m'] });
    for (const bad of ['10m 200', '200', 'forever', '200 5x']) assert.ok('expected' in parseCacheDuration(bad), bad);
    assert.deepEqual(parseSecretRef('ns/users'), { value: { namespace: 'ns', name: 'users' } });
    for (const bad of ['a/b/c', 'Users', '/x', 'ns/', '../x']) assert.ok('expected' in parseSecretRef(bad), bad);
    assert.ok('value' in parseRealm('Protected area (staff)'));
    for (const bad of ['a"b', 'a\\b', 'x'.repeat(257), 'a$b']) assert.ok('expected' in parseRealm(bad), bad);
  });

  test('an invalid value is IC2260, located at the key; satisfy and auth-type take only their words', () => {
    for (const [k, v] of [['auth-url', 'https://invalid..auth.url'], ['satisfy', 'some'], ['auth-type', 'Basic'], ['auth-method', 'get'], ['auth-signin-redirect-param', 'a b']]) {
      const r = run([ing({ [k!]: v! })]);
      const d = r.diagnostics.find((x) => x.code === 'IC2260');
      assert.ok(d, `${k}: ${JSON.stringify(r.diagnostics.map((x) => x.code))}`);
      assert.deepEqual([d.loc?.file, d.loc?.line], ['in.yaml', 7]);
    }
  });
});

describe('htpasswd Secrets', () => {
  test('every format is recognised by its anchored grammar', () => {
    for (const [scheme, hash] of Object.entries(BAR_HASHES)) assert.equal(hashScheme(hash), scheme, hash);
    for (const bad of ['$apr1$x$short', '{SHA}abc', '$2y$99$' + 'a'.repeat(53), 'plaintext', '{PLAIN}', '$6$salt$' + 'a'.repeat(85), '{PLAIN}a"b']) assert.equal(hashScheme(bad), undefined, bad);
  });

  test('lines: comments and blank lines skipped, the first line of a user wins, no hash = cannot sign in, bad lines named', () => {
    const p = parseHtpasswd(`# users\n\nfoo:${BAR_HASHES.sha1}\r\nfoo:${BAR_HASHES.apr1}\nbar:\nno colon\nbad user:${BAR_HASHES.sha1}\nbaz:nothash\n`);
    assert.deepEqual(p.users.map((u) => [u.name, u.scheme, u.where]), [['foo', 'sha1', 'line 3']]);
    assert.deepEqual(p.problems.map((x) => [x.where, x.dropped ?? false]), [['line 5', true], ['line 6', false], ['line 7', false], ['line 8', false]]);
    assert.deepEqual(parseAuthMap({ b: `${BAR_HASHES.sha1}\n`, a: BAR_HASHES.bcrypt }).users.map((u) => u.name), ['a', 'b']);
  });

  test('a missing Secret, auth-type without auth-secret, a bad line, a format the target cannot check: located errors', () => {
    const missing = run([ing(basic)]);
    const d = missing.diagnostics.find((x) => x.code === 'IC3130');
    assert.ok(d && d.loc?.line === 8 && d.loc.file === 'in.yaml', JSON.stringify(missing.diagnostics));
    assert.equal(missing.ok, false);
    assert.ok(run([ing({ 'auth-type': 'basic' })]).diagnostics.some((x) => x.code === 'IC3131'));
    const bad = run([ing(basic), secretYaml('users', { auth: 'foo:nothash\n' })]);
    assert.ok(bad.diagnostics.some((x) => x.code === 'IC2261' && x.loc?.file === 's1.yaml' && /line 1 \(user "foo"\)/.test(x.message)), JSON.stringify(bad.diagnostics));
    const apr1 = run([ing(basic), secretYaml('users', { auth: `foo:${BAR_HASHES.apr1}\n` })], 'haproxy');
    const h = apr1.diagnostics.find((x) => x.code === 'IC3132');
    assert.ok(h && /line 1 \(user "foo"\).*haproxy cannot check/.test(h.message), JSON.stringify(apr1.diagnostics));
    assert.equal(apr1.ok, false);
    assert.ok(run([ing(basic), secretYaml('users', { auth: `foo:${BAR_HASHES.bcrypt}\n` })], 'envoy').diagnostics.some((x) => x.code === 'IC3132'));
  });

  test('a setting without its anchor key warns (IC3133); digest and the realm "off" are refused on nginx (IC3071)', () => {
    assert.ok(run([ing({ 'auth-realm': 'x' })]).diagnostics.some((x) => x.code === 'IC3133' && x.severity === 'warning'));
    assert.ok(run([ing({ 'auth-signin': 'http://$host/start' })]).diagnostics.some((x) => x.code === 'IC3133'));
    const users = secretYaml('users', { auth: `foo:${BAR_HASHES.sha1}\n` });
    assert.ok(run([ing({ ...basic, 'auth-type': 'digest' }), users]).diagnostics.some((x) => x.code === 'IC3071'));
    assert.ok(run([ing({ ...basic, 'auth-realm': 'off' }), users]).diagnostics.some((x) => x.code === 'IC3071'));
  });

  test('satisfy any: nginx and HAProxy combine all three (HAProxy asks the auth service only when nothing else admits), Envoy refuses the value (IC3071)', () => {
    const users = secretYaml('users', { auth: `foo:${BAR_HASHES['md5-crypt']}\n` });
    const any = ing({ ...basic, 'auth-url': 'http://10.0.0.9/check', satisfy: 'any', 'allowlist-source-range': '10.0.0.0/8' });
    assert.equal(run([any, users]).ok, true);
    const h = run([any, users], 'haproxy');
    assert.ok(h.ok, JSON.stringify(h.diagnostics));
    const cfg = h.files.find((f) => f.path === 'haproxy.cfg')!.content;
    assert.match(cfg, /http-request lua\.ingressc_auth [0-9a-f]{16} unless \{ http_auth\(ul_default_users\) \} \|\| \{ src -f acl\/p1\.allow\.lst \}\n\s*http-request del-header Authorization\n/);
    assert.doesNotMatch(cfg, /deny_status 403 unless \{ src -f acl\/p1\.allow\.lst \}/, 'the address alone refuses no one');
    assert.doesNotMatch(cfg, /http-request auth realm/, 'a wrong password goes on to the auth service');
    assert.ok(run([ing({ ...basic, satisfy: 'any', 'allowlist-source-range': '10.0.0.0/8' }), users], 'haproxy').ok);
    const e = run([ing({ ...basic, satisfy: 'any' }), secretYaml('users', { auth: `foo:${BAR_HASHES.sha1}\n` })], 'envoy');
    assert.deepEqual(e.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code), ['IC3071']);
  });

  test('the password files: nginx 0644 (its workers read it), Envoy 0600, haproxy.cfg 0600 when it holds hashes; never printed', () => {
    const users = (h: string) => secretYaml('users', { auth: `foo:${h}\n` });
    const n = run([ing(basic), users(BAR_HASHES.apr1)]);
    assert.deepEqual(n.files.filter((f) => f.path.startsWith('auth/')).map((f) => [f.path, f.mode, f.sensitive, f.content]), [['auth/default_users.htpasswd', 0o644, true, `foo:${BAR_HASHES.apr1}\n`]]);
    assert.match(n.files.find((f) => f.path === 'nginx.conf')!.content, /auth_basic "";\n\s*auth_basic_user_file "auth\/default_users.htpasswd";/);
    const e = run([ing(basic), users(BAR_HASHES.sha1)], 'envoy');
    assert.deepEqual(e.files.filter((f) => f.path.startsWith('auth/')).map((f) => [f.mode, f.sensitive]), [[0o600, true]]);
    const h = run([ing(basic), users(BAR_HASHES['md5-crypt'])], 'haproxy');
    const cfg = h.files.find((f) => f.path === 'haproxy.cfg')!;
    assert.deepEqual([cfg.mode, cfg.sensitive], [0o600, true]);
    assert.match(cfg.content, /userlist ul_default_users\n\s+user 'foo' password '\$1\$ingressc\$/);
  });
});

describe('access semantics (src/ir/access.ts)', () => {
  const auth = (u: string, p: string) => `Basic ${Buffer.from(`${u}:${p}`).toString('base64')}`;
  const inRange = (cidrs: readonly string[], ip: string) => cidrs.some((c) => c.split('/')[0] === ip);

  test('verifyPassword checks {PLAIN}, {SHA}, {SSHA}, $apr1$ and $1$; md5Crypt is openssl passwd', () => {
    for (const scheme of ['plain', 'sha1', 'ssha', 'apr1', 'md5-crypt'] as HashScheme[]) {
      assert.equal(verifyPassword({ name: 'foo', hash: BAR_HASHES[scheme], scheme }, 'bar'), true, scheme);
      assert.equal(verifyPassword({ name: 'foo', hash: BAR_HASHES[scheme], scheme }, 'baz'), false, scheme);
    }
    assert.equal(verifyPassword({ name: 'foo', hash: BAR_HASHES.bcrypt, scheme: 'bcrypt' }, 'bar'), undefined);
    let openssl: string | undefined;
    try {
      openssl = execFileSync('openssl', ['passwd', '-apr1', '-salt', 'xyz', 'p4ss'], { encoding: 'utf8' }).trim();
    } catch {
      /* no openssl: the fixed hashes above still check the algorithm */
    }
    if (openssl) assert.equal(md5Crypt('p4ss', 'xyz', '$apr1$'), openssl);
  });

  test('satisfy all: the address first (403), then the password (401); satisfy any: one is enough, else 401', () => {
    const p: RoutePolicies = { sourceAllow: ['127.0.0.2/32'], basicAuth: { realm: 'r', secret: 'default/users', users: [{ name: 'foo', hash: BAR_HASHES.sha1, scheme: 'sha1' }] } };
    const d = (q: Parameters<typeof decideAccess>[1], pol = p) => decideAccess(pol, q, inRange);
    assert.deepEqual(d({ clientIp: '127.0.0.1', authorization: auth('foo', 'bar') }), { admitted: false, status: 403, why: 'the client address is outside allowlist-source-range' });
    assert.equal(d({ clientIp: '127.0.0.1' }).admitted, false);
    assert.equal((d({ clientIp: '127.0.0.2' }) as { status: number }).status, 401);
    assert.deepEqual(d({ clientIp: '127.0.0.2', authorization: auth('foo', 'bar') }), { admitted: true });
    const any: RoutePolicies = { ...p, satisfy: 'any' };
    assert.deepEqual(d({ clientIp: '127.0.0.2' }, any), { admitted: true });
    assert.deepEqual(d({ clientIp: '127.0.0.1', authorization: auth('foo', 'bar') }, any), { admitted: true });
    assert.equal((d({ clientIp: '127.0.0.1' }, any) as { status: number }).status, 401);
  });

  test('external auth: 2xx admits, 401 (or the sign-in redirect) and 403 refuse, anything else is 500', () => {
    const ext: RoutePolicies = { externalAuth: { url: { scheme: 'http', host: 'a', path: '/' }, responseHeaders: [] } };
    const status = (s: number, p = ext) => decideAccess(p, { externalStatus: s }, inRange);
    assert.deepEqual(status(204), { admitted: true });
    assert.equal((status(401) as { status: number }).status, 401);
    assert.equal((status(403) as { status: number }).status, 403);
    for (const s of [302, 404, 503]) assert.equal((status(s) as { status: number }).status, 500, String(s));
    const signin = { externalAuth: { ...ext.externalAuth!, signin: { scheme: 'http' as const, path: '/start', redirectParam: 'rd' } } };
    assert.equal((status(401, signin) as { status: number }).status, 302);
  });
});
