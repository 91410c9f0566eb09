/**
 * Traefik v3's rateLimit and inFlightReq middlewares (pkg/middlewares/ratelimiter,
 * pkg/middlewares/inflightreq; docs "RateLimit", "InFlightReq"), per client address, on a virtual
 * clock that only moves when told (LimitState.advance): requests sent "at once" arrive at the same
 * instant, which is what the conformance bursts mean.
 *  - rateLimit: a token bucket (golang.org/x/time/rate) of `burst` tokens (default 1), full at
 *    first, refilled at average/period (period default 1 s); each request reserves a token; one
 *    that would wait longer than maxDelay (1/(2·rate) for rates of 1/s and more, else 500 ms) gets
 *    429 and its reservation is cancelled, one that waits less is served after the wait;
 *  - inFlightReq: at most `amount` requests of one source in progress; the next gets 429.
 * Counters belong to the middleware instance of one router (Traefik builds a router's chain on
 * its own: traefik/traefik#13706), so the key is router + middleware + source.
 */
export interface SourceCriterionConf {
  ipStrategy?: { depth?: number; excludedIPs?: string[] };
  requestHeaderName?: string;
  requestHost?: boolean;
}

export interface RateLimitConf {
  average?: number;
  period?: string | number;
  burst?: number;
  sourceCriterion?: SourceCriterionConf;
}

export interface InFlightReqConf {
  amount?: number;
  sourceCriterion?: SourceCriterionConf;
}

/** The source is the peer address: anything else (a header, the Host, X-Forwarded-For depth) is not modelled. */
export function checkLimit(kind: 'rateLimit' | 'inFlightReq', conf: RateLimitConf | InFlightReqConf, name: string): void {
  const allowed = kind === 'rateLimit' ? ['average', 'period', 'burst', 'sourceCriterion'] : ['amount', 'sourceCriterion'];
  const extra = Object.keys(conf).filter((k) => !allowed.includes(k));
  if (extra.length) throw new Error(`middleware ${name}: ${kind} ${extra.join(', ')} not modelled`);
  const sc = conf.sourceCriterion;
  // inFlightReq without an ipStrategy counts per request Host (its default).
  if (kind === 'inFlightReq' && !sc?.ipStrategy) throw new Error(`middleware ${name}: inFlightReq without sourceCriterion.ipStrategy counts per Host: not modelled`);
  if (sc && (Object.keys(sc).some((k) => k !== 'ipStrategy') || Object.keys(sc.ipStrategy ?? {}).some((k) => k !== 'depth') || (sc.ipStrategy?.depth ?? 0) > 0)) throw new Error(`middleware ${name}: only sourceCriterion.ipStrategy with depth 0 (the peer address) is modelled`);
  if (kind === 'rateLimit') periodSeconds((conf as RateLimitConf).period);
}

/** ptypes.Duration as the file provider reads it: a number of seconds or a Go duration ("1s", "1m"). */
export function periodSeconds(p: string | number | undefined): number {
  if (p === undefined || p === 0) return 1;
  if (typeof p === 'number') return p;
  const m = /^([0-9]+)(s|m|h)$/.exec(p);
  if (!m) throw new Error(`period ${p}: not modelled`);
  return Number(m[1]) * { s: 1, m: 60, h: 3600 }[m[2] as 's' | 'm' | 'h'];
}

export class LimitState {
  /** Virtual time, seconds. */
  private now = 0;
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly inFlight = new Map<string, number>();
  private held: string[] = [];

  advance(seconds: number): void {
    this.now += seconds;
  }

  /** rateLimit: true when served (perhaps after a wait up to maxDelay), false for 429. */
  take(key: string, conf: RateLimitConf): boolean {
    const average = conf.average ?? 0;
    if (average <= 0) return true; // rate.Inf
    const rate = average / periodSeconds(conf.period);
    const burst = Math.max(1, conf.burst ?? 1);
    const maxDelay = rate < 1 ? 0.5 : 1 / (Math.floor(rate) * 2);
    const b = this.buckets.get(key) ?? { tokens: burst, at: this.now };
    const tokens = Math.min(burst, b.tokens + (this.now - b.at) * rate) - 1;
    const delay = tokens >= 0 ? 0 : -tokens / rate;
    if (delay > maxDelay + 1e-9) {
      this.buckets.set(key, { tokens: tokens + 1, at: this.now });
      return false;
    }
    this.buckets.set(key, { tokens, at: this.now });
    return true;
  }

  /** inFlightReq: true when admitted (the request is then in progress until `release`/`settle`). */
  enter(key: string, amount: number): boolean {
    const n = this.inFlight.get(key) ?? 0;
    if (n >= amount) return false;
    this.inFlight.set(key, n + 1);
    return true;
  }

  release(keys: readonly string[], concurrent: boolean): void {
    if (concurrent) this.held.push(...keys);
    else for (const k of keys) this.inFlight.set(k, (this.inFlight.get(k) ?? 1) - 1);
  }

  /** Every request held in progress (sent at once) has been answered. */
  settle(): void {
    this.release(this.held, false);
    this.held = [];
  }
}
