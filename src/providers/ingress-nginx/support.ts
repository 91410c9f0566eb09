import type { TargetName } from '../../diagnostics/types.js';

/**
 * What each target honours of an ingress-nginx annotation. A key or target missing here is not
 * honoured: lower/annotation-support.ts then fails closed or warns by the key's kind. An emitter
 * that learns a feature adds its row here, and its live tests prove it.
 */
export interface Support {
  level: 'supported' | 'partial';
  /** For 'partial': what differs from ingress-nginx. */
  note?: string;
}

const perHostRedirect: Support = {
  level: 'partial',
  note: 'decided per host, by the (oldest) Ingress whose tls section names the host, not per path as ingress-nginx does: the value on other Ingresses of that host has no effect',
};

const yes: Support = { level: 'supported' };
const haproxyServerTimeout: Support = {
  level: 'partial',
  note: 'HAProxy has one server-side inactivity timeout for both directions (timeout server): it is set to the larger of proxy-send-timeout and proxy-read-timeout (60 s each when unset), so one direction may wait longer than on ingress-nginx',
};
const envoyReadTimeout: Support = {
  level: 'partial',
  note: 'the route timeout bounds the whole response (from the end of the request to the last byte), not the gap between two reads: a response that streams longer than the value is cut off where ingress-nginx keeps it',
};

const SUPPORT: Readonly<Record<string, Partial<Record<TargetName, Support>>>> = {
  'proxy-connect-timeout': { nginx: yes, haproxy: yes, envoy: yes, caddy: yes },
  'proxy-read-timeout': {
    nginx: yes,
    haproxy: haproxyServerTimeout,
    envoy: envoyReadTimeout,
    caddy: yes,
    'gateway-api': {
      level: 'partial',
      note: 'rules[].timeouts.backendRequest (Extended support) bounds the whole backend request, from the first byte sent to the last byte received, not the gap between two reads',
    },
  },
  'proxy-send-timeout': { nginx: yes, haproxy: haproxyServerTimeout, caddy: yes },
  'upstream-vhost': {
    nginx: yes,
    haproxy: yes,
    envoy: yes,
    caddy: yes,
    traefik: yes,
    'gateway-api': { level: 'partial', note: 'a URLRewrite hostname, which takes no port: a value with ":port" is a compile error (IC4080)' },
  },
  'ssl-redirect': { nginx: perHostRedirect, haproxy: perHostRedirect, envoy: perHostRedirect, traefik: perHostRedirect, caddy: perHostRedirect, 'gateway-api': perHostRedirect },
};

export function supportOf(key: string, target: TargetName): Support | undefined {
  return SUPPORT[key]?.[target];
}
