import type { TargetName } from '../../../diagnostics/types.js';
import type { Support, SupportRows } from '../support.js';
import { TUNING_KEYS, type TuningKey } from '../families/upstream-tuning.js';

/**
 * Support rows of the upstream tuning family (families/upstream-tuning.ts), each with its target's
 * live proof: test/conformance/ingress-nginx/tuning-cases.ts (e2e proxy.go, connection.go, the
 * docs' defaults), run by tuning-run.ts and tuning.test.ts. A target without a row warns once per
 * key (tuning kind); UNSUPPORTED_WHY says why there is none.
 */
const yes: Support = { level: 'supported' };

/** HAProxy (src/emit/haproxy/upstream-tuning.ts): retries + option redispatch 1 + retry-on on the route's backend. */
const haproxyRetry: Support = {
  level: 'partial',
  note:
    'every retry goes to another server (option redispatch); a request already sent is retried whatever its method (ingress-nginx passes POST, PATCH and LOCK on only with non_idempotent), and only when its body fits HAProxy\'s buffer (16 KiB); "error" and "timeout" cover a refused or broken connection, a connection closed without a response and a response timeout; http_429 is not retried (HAProxy 2.6 cannot); proxy-next-upstream-timeout is not applied; without these annotations HAProxy retries a refused connection on the same server (ingress-nginx passes it to the next)',
};

/** Envoy (src/emit/envoy/upstream-tuning.ts): the route's retry_policy with the previous_hosts predicate. */
const envoyRetry: Support = {
  level: 'partial',
  note:
    'a retry goes to an endpoint not tried yet (previous_hosts); "error" is a refused connection or one reset before the response, "timeout" only a connect timeout (a read timeout ends the whole request: proxy-read-timeout is the route deadline), invalid_header a reset; a request already sent is retried whatever its method (ingress-nginx passes POST, PATCH and LOCK on only with non_idempotent); tries "0" (no limit) is 25 retries; proxy-next-upstream-timeout is not applied; without these annotations Envoy does not retry (ingress-nginx passes a refused connection to the next endpoint)',
};

/** Caddy (src/emit/caddy/upstream-tuning.ts): load_balancing retries / try_duration. */
const caddyRetry: Support = {
  level: 'partial',
  note:
    'Caddy passes a refused connection (any method) and another failure before the response (GET only) to the next endpoint; the statuses (http_500 ... http_429) are not retried, a backend\'s answer always reaches the client; a timeout adds a wait between attempts (250 ms); without these annotations Caddy does not retry (ingress-nginx passes a refused connection to the next endpoint)',
};

const ROW: Partial<Record<TuningKey, Partial<Record<TargetName, Support>>>> = {
  'proxy-next-upstream': { haproxy: haproxyRetry, envoy: envoyRetry, caddy: caddyRetry },
  'proxy-next-upstream-tries': { haproxy: haproxyRetry, envoy: envoyRetry, caddy: caddyRetry },
  'proxy-next-upstream-timeout': { caddy: caddyRetry },
};

export const ROWS: SupportRows = Object.fromEntries(TUNING_KEYS.map((k) => [k, { nginx: yes, ...(ROW[k] ?? {}) }]));
