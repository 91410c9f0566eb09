import type { TargetName } from '../../../diagnostics/types.js';
import type { Support, SupportRows } from '../support.js';

/**
 * Support rows of the canary family: canary, canary-weight(-total), canary-by-header(-value/-pattern),
 * canary-by-cookie. Live proof: test/conformance/ingress-nginx/canary.feature (ported from
 * ingress-nginx's e2e canary.go and ingress2gateway's canary cases) on every target listed here;
 * the decision itself is src/ir/types.ts RouteCanary.
 */

type Row = Partial<Record<TargetName, Support>>;
const yes: Support = { level: 'supported' };

const nginxHeader: Support = {
  level: 'partial',
  note: 'a header sent with an empty value counts as absent; nginx before 1.23 reads only the first line of a header sent on several lines (ingress-nginx, on nginx 1.25+, joins them with ", ")',
};
const nginxWeight: Support = { level: 'partial', note: 'the weight is applied in steps of 0.01% (nginx split_clients over $request_id): exact for canary-weight-total 100, 200, 1000 or 10000' };

const haproxyHeader: Support = {
  level: 'partial',
  note: 'only the first line of a header sent on several lines is read (ingress-nginx, on nginx 1.25+, joins them with ", ")',
};
const haproxyCookie: Support = { level: 'partial', note: 'only the first Cookie line of a request is read (HTTP/1.1 clients send one)' };

const envoyHeader: Support = {
  level: 'partial',
  note: 'a header sent on several lines is read as its values joined by "," (ingress-nginx, on nginx 1.25+, joins them with ", ")',
};
const envoyCookie: Support = { level: 'partial', note: 'a request with several Cookie lines is read as the lines joined by ","' };

const traefikHeader: Support = { level: 'partial', note: 'a header sent on several lines decides if any one line does (ingress-nginx reads the lines joined with ", ")' };
const traefikCookie: Support = { level: 'partial', note: 'a request with several Cookie lines decides if any one line does' };
const traefikWeight: Support = { level: 'partial', note: "Traefik's weighted service is a smooth weighted round robin: the share is exact, in a fixed rotation rather than a random draw per request" };

const gatewayHeader: Support = {
  level: 'partial',
  note: 'an Exact header match: how a header sent on several lines is read is up to the implementation (ingress-nginx joins the lines with ", ")',
};
const gatewayWeight: Support = { level: 'partial', note: 'backendRef weights: how exactly an implementation splits (random draw or rotation) is up to it' };

const caddyWeight: Support = {
  level: 'partial',
  note: "Caddy's weighted_round_robin over both Services' endpoints: the share is exact, in a fixed rotation rather than a random draw per request",
};

const canary: Row = { nginx: yes, haproxy: yes, envoy: yes, traefik: yes, caddy: yes, 'gateway-api': yes };
const header: Row = { nginx: nginxHeader, haproxy: haproxyHeader, envoy: envoyHeader, traefik: traefikHeader, caddy: traefikHeader, 'gateway-api': gatewayHeader };
// Gateway API has no cookie match, and its RegularExpression header match is implementation-specific: no rows (fail closed).
const pattern: Row = { nginx: nginxHeader, haproxy: haproxyHeader, envoy: envoyHeader, traefik: traefikHeader, caddy: traefikHeader };
const cookie: Row = { nginx: yes, haproxy: haproxyCookie, envoy: envoyCookie, traefik: traefikCookie, caddy: traefikCookie };
const weight: Row = { nginx: nginxWeight, haproxy: yes, envoy: yes, traefik: traefikWeight, caddy: caddyWeight, 'gateway-api': gatewayWeight };

export const ROWS: SupportRows = {
  canary,
  'canary-by-cookie': cookie,
  'canary-by-header': header,
  'canary-by-header-pattern': pattern,
  'canary-by-header-value': header,
  'canary-weight': weight,
  'canary-weight-total': weight,
};
