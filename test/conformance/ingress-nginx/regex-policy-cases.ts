/**
 * Access policies on the route kinds ingress-nginx users get without asking: a host with
 * rewrite-target or use-regex turns every path into a case-insensitive regex location, and an
 * ImplementationSpecific path of an nginx-class Ingress is a plain string prefix ("/adm" also
 * matches "/admin"). ingress-nginx applies an Ingress's auth and limits to its own locations
 * whatever their kind; so must every target, or refuse to compile (IC3072, located at the path).
 * Which target applies which policy on which route kind is src/lower/route-kind-policies.ts: the
 * cases expect IC3072 exactly where it says no, and pass live where it says yes.
 */
import type { TargetName } from '../../../src/index.js';
import { appliesOn } from '../../../src/lower/route-kind-policies.js';
import type { RoutePolicies } from '../../../src/ir/types.js';
import type { PortedCase, PortedIngress } from './cases.js';
import { SATISFY_ANY_REFUSED, basic, basicAnnotations, usersFor } from './auth-cases.js';

const A = 'nginx.ingress.kubernetes.io/';
const TARGETS: readonly TargetName[] = ['nginx', 'haproxy', 'envoy', 'traefik', 'caddy', 'gateway-api'];

/** The two route kinds, as an Ingress makes them: a rewritten (regex) path or an ImplementationSpecific one. */
const KINDS = {
  regex: { match: 'RegularExpression', guarded: (annotations: Record<string, string>): PortedIngress => ({ name: 'guarded', path: '/admin', annotations: { [`${A}rewrite-target`]: '/', ...annotations } }), inside: '/ADMIN/x', outside: '/public' },
  'string-prefix': { match: 'StringPrefix', guarded: (annotations: Record<string, string>): PortedIngress => ({ name: 'guarded', path: '/adm', pathType: 'ImplementationSpecific', annotations }), inside: '/admin', outside: '/public' },
} as const;

const refusedWhere = (match: string, policy: keyof RoutePolicies): Partial<Record<string, string>> =>
  Object.fromEntries(TARGETS.filter((t) => !appliesOn(t, match, policy)).map((t) => [t, 'IC3072']));


function casesOn(kind: keyof typeof KINDS): PortedCase[] {
  const k = KINDS[kind];
  const open: PortedIngress = { name: 'open', path: '/public', annotations: {} };
  return [
    {
      source: 'ingressc',
      it: `basic authentication on a ${kind} path, and an open Ingress on the same host`,
      translation: 'auth_basic in the Ingress\'s own location: no or wrong credentials 401, the right ones 200; the other Ingress\'s path stays open',
      host: `${kind}-basic.foo.com`,
      ingresses: [k.guarded(basicAnnotations('users')), open],
      objects: usersFor('users'),
      refusedWith: refusedWhere(k.match, 'basicAuth'),
      requests: [
        { from: '127.0.0.1', path: k.inside, expect: 401 },
        { from: '127.0.0.1', path: k.inside, headers: { Authorization: basic('foo', 'baz') }, expect: 401 },
        { from: '127.0.0.1', path: k.inside, headers: { Authorization: basic('foo', 'bar') }, expect: 200 },
        { from: '127.0.0.1', path: k.outside, expect: 200 },
      ],
    },
    {
      source: 'ingressc',
      it: `external authentication on a ${kind} path, and an open Ingress on the same host`,
      translation: 'auth_request in the Ingress\'s own location: the auth service\'s 401 reaches the client, its 2xx lets the request through; the other path is not asked about',
      host: `${kind}-external.foo.com`,
      ingresses: [k.guarded({ [`${A}auth-url`]: '{{auth}}/basic-auth/user/password' }), open],
      refusedWith: refusedWhere(k.match, 'externalAuth'),
      requests: [
        { from: '127.0.0.1', path: k.inside, expect: 401 },
        { from: '127.0.0.1', path: k.inside, headers: { Authorization: basic('user', 'password') }, expect: 200 },
        { from: '127.0.0.1', path: k.outside, expect: 200 },
      ],
    },
    {
      source: 'ingressc',
      it: `limit-connections on a ${kind} path, and an open Ingress on the same host`,
      translation: 'limit_conn in the Ingress\'s own location: 8 concurrent slow requests with limit 2 see 200 and 503; the other path is not limited',
      host: `${kind}-limit.foo.com`,
      ingresses: [k.guarded({ [`${A}limit-connections`]: '2' }), open],
      refusedWith: refusedWhere(k.match, 'limits'),
      requests: [
        { from: '127.0.0.1', path: `${k.inside}?delay=3000`, burst: 8, expect: 503, expectAmong: [200, 503] },
        { from: '127.0.0.1', path: `${k.outside}?delay=1000`, burst: 8, expect: 200, expectAmong: [200] },
      ],
    },
    {
      source: 'ingressc',
      it: `limit-rps on a ${kind} path, and an open Ingress on the same host`,
      translation: 'limit_req in the Ingress\'s own location: limit-rps 1 with multiplier 2 admits 3 at once, so 12 at once see 200 and 503; the other path is not limited',
      host: `${kind}-rps.foo.com`,
      ingresses: [k.guarded({ [`${A}limit-rps`]: '1', [`${A}limit-burst-multiplier`]: '2' }), open],
      refusedWith: refusedWhere(k.match, 'limits'),
      requests: [
        { from: '127.0.0.1', path: k.inside, burst: 12, expect: 503, expectAmong: [200, 503] },
        { from: '127.0.0.1', path: k.outside, burst: 12, expect: 200, expectAmong: [200] },
      ],
    },
    {
      source: 'ingressc',
      it: `satisfy any on a ${kind} path: the source range or the password admits`,
      translation: 'satisfy any in the Ingress\'s own location: an allowed address needs no password, another one does; the other path stays open',
      host: `${kind}-satisfy.foo.com`,
      ingresses: [k.guarded(basicAnnotations('users', { [`${A}allowlist-source-range`]: '127.0.0.2', [`${A}satisfy`]: 'any' })), open],
      objects: usersFor('users'),
      refusedWith: { ...refusedWhere(k.match, 'satisfy'), ...SATISFY_ANY_REFUSED },
      requests: [
        { from: '127.0.0.2', path: k.inside, expect: 200 },
        { from: '127.0.0.1', path: k.inside, headers: { Authorization: basic('foo', 'bar') }, expect: 200 },
        { from: '127.0.0.1', path: k.inside, expect: 401 },
        { from: '127.0.0.1', path: k.outside, expect: 200 },
      ],
    },
    {
      source: 'ingressc',
      it: `limit-rate on a ${kind} path`,
      translation: 'limit_rate in the Ingress\'s own location: 4 KiB at 1 KiB/s takes well over a second (at least 1.5 s asserted); the other path is not slowed (at most 12 s asserted: unthrottled it takes milliseconds)',
      host: `${kind}-rate.foo.com`,
      ingresses: [k.guarded({ [`${A}limit-rate`]: '1', [`${A}proxy-buffering`]: 'on' }), open],
      refusedWith: refusedWhere(k.match, 'bandwidth'),
      requests: [
        { from: '127.0.0.1', path: `${k.inside}?bytes=4096`, expect: 200, atLeastMs: 1500 },
        { from: '127.0.0.1', path: `${k.outside}?bytes=4096`, expect: 200, atMostMs: 12000 },
      ],
    },
  ];
}

export const ROUTE_KIND_POLICY_CASES: PortedCase[] = [...casesOn('regex'), ...casesOn('string-prefix')];
