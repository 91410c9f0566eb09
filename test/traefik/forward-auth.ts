/**
 * Traefik v3's forwardAuth middleware (pkg/middlewares/auth/forward.go; docs: "ForwardAuth",
 * doc.traefik.io/traefik/middlewares/http/forwardauth/), as far as ingressc uses it:
 *  - the auth request: GET to `address` as written (its path and query, none of the client's),
 *    no body; the client's headers as they are at this point of the chain, without hop-by-hop
 *    headers (Connection and those it names, Keep-Alive, TE, Trailer(s), Transfer-Encoding,
 *    Upgrade); then, with trustForwardHeader false, X-Forwarded-For = the peer address and
 *    X-Forwarded-Method, -Proto, -Host (the Host header), -Uri (the request URI) set from the
 *    request, whatever the client sent ("Forward-Request Headers" table of the docs);
 *  - a 2xx answer admits: each authResponseHeaders name is removed from the request and set to the
 *    answer's values when it has that header ("replacing any existing conflicting headers");
 *  - any other answer is the client's: its status, its headers (hop-by-hop removed; a Location
 *    resolved against the auth URL) and body ("Otherwise, the response from the authentication
 *    server is returned"); an auth server that cannot be reached is 500.
 * The auth service's Set-Cookie reaches the client only for names in addAuthCookiesToResponse,
 * which ingressc never writes.
 */

export interface ForwardAuthConf {
  address: string;
  trustForwardHeader?: boolean;
  authResponseHeaders?: string[];
  tls?: { insecureSkipVerify?: boolean };
}

export interface AuthRequest {
  method: 'GET';
  /** The forwardAuth address. */
  url: string;
  /** Lower-case names; several lines of one header are separate values. */
  headers: Record<string, string[]>;
}

export interface AuthReply {
  /** 0: the auth server could not be reached. */
  status: number;
  /** Lower-case names. */
  headers: Record<string, string[]>;
}

/** Thrown by TraefikModel.route when a forwardAuth needs an answer it was not given (routeAsync supplies it). */
export class NeedsAuth extends Error {
  constructor(readonly request: AuthRequest) {
    super(`forwardAuth calls ${request.url}: evaluate with routeAsync`);
  }
}

const KNOWN = ['address', 'trustForwardHeader', 'authResponseHeaders', 'tls'];

/** What Traefik refuses to build, and what the model does not know. */
export function checkForwardAuth(f: ForwardAuthConf, name: string): void {
  const extra = Object.keys(f).filter((k) => !KNOWN.includes(k));
  if (extra.length) throw new Error(`middleware ${name}: forwardAuth ${extra.join(', ')} not modelled`);
  if (f.trustForwardHeader !== false) throw new Error(`middleware ${name}: only trustForwardHeader false is modelled`);
  if (f.tls && Object.keys(f.tls).some((k) => k !== 'insecureSkipVerify')) throw new Error(`middleware ${name}: only forwardAuth tls.insecureSkipVerify is modelled`);
  const u = new URL(f.address); // http.NewRequest fails on every request with an unparsable address
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error(`middleware ${name}: forwardAuth address ${f.address} is not http(s)`);
}

const HOP = ['connection', 'keep-alive', 'te', 'trailers', 'trailer', 'transfer-encoding', 'upgrade'];

/** The request's headers as the next middleware sees them: the client's, then what middlewares set ("" removed). */
export function headersNow(req: { headers?: Record<string, string | readonly string[]> }, set: Readonly<Record<string, string>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(req.headers ?? {})) out[k.toLowerCase()] = [...(out[k.toLowerCase()] ?? []), ...(typeof v === 'string' ? [v] : v)];
  for (const [k, v] of Object.entries(set)) {
    if (v === '') delete out[k];
    else out[k] = [v];
  }
  return out;
}

export function authRequest(f: ForwardAuthConf, req: { method: string }, headers: Record<string, string[]>, host: string | undefined, requestUri: string, https: boolean, clientIp: string): AuthRequest {
  const h: Record<string, string[]> = { ...headers };
  delete h.host; // Go keeps Host out of Header: the auth request's Host is the address's.
  for (const named of (h.connection ?? []).flatMap((l) => l.split(',')).map((x) => x.trim().toLowerCase())) delete h[named];
  for (const k of HOP) delete h[k];
  h['x-forwarded-for'] = [clientIp];
  h['x-forwarded-method'] = [req.method];
  h['x-forwarded-proto'] = [https ? 'https' : 'http'];
  if (host) h['x-forwarded-host'] = [host];
  else delete h['x-forwarded-host'];
  h['x-forwarded-uri'] = [requestUri];
  return { method: 'GET', url: f.address, headers: h };
}

/** A non-2xx answer as the client gets it, else undefined (admitted). */
export function forwardAuthRefusal(f: ForwardAuthConf, reply: AuthReply): { status: number; headers: Record<string, string> } | undefined {
  if (reply.status === 0) return { status: 500, headers: {} };
  if (reply.status >= 200 && reply.status < 300) return undefined;
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(reply.headers)) if (!HOP.includes(k) && k !== 'content-length') headers[canonical(k)] = v.join(', ');
  if (headers.Location !== undefined) headers.Location = new URL(headers.Location, f.address).toString();
  return { status: reply.status, headers };
}

/** authResponseHeaders onto the request: lower-case names, "" = removed. */
export function copiedAuthHeaders(f: ForwardAuthConf, reply: AuthReply): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of f.authResponseHeaders ?? []) out[name.toLowerCase()] = (reply.headers[name.toLowerCase()] ?? []).join(', ');
  return out;
}

const canonical = (k: string): string => k.toLowerCase().replace(/(^|-)([a-z])/g, (_m, d: string, c: string) => d + c.toUpperCase());
