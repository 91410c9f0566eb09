/**
 * ingress-nginx v1.15.1's end-to-end tests of the mirror annotations (test/e2e/annotations/mirror.go)
 * and the examples of its documentation (annotations.md "Mirror"), ported to behaviour a live proxy
 * shows: their nginx.conf-text assertions (`mirror "/_mirror-<uid>";`, `mirror_request_body on|off;`,
 * `proxy_pass "<target>";`) become what that text does to a request: the client gets the main
 * backend's answer, and a copy of the request reaches the mirror with the path the target's template
 * gives, the Host the doc names (mirror-host, else the target's host without port) and the body (or
 * none). mirror-run.ts supplies the mirrors: "{mirror}" stands for a plain HTTP one, "{mirror-tls}"
 * for an HTTPS one (the originals' hosts, localhost, test.env.com and 1.2.3.4, are not reachable
 * here). Each case cites its source and It(...) text.
 */
export const M = 'nginx.ingress.kubernetes.io/';

/** The copy the mirror must receive for the case's request. */
export interface MirrorCopy {
  method: string;
  /** Request target as the mirror received it. */
  path: string;
  /** Host header; "{mirror}" is the recorder's address without port ("127.0.0.1"). */
  host: string;
  /** The body received; "" with `contentLength: false`: no body and no Content-Length. */
  body: string;
  /** Whether a Content-Length header came with it (absent: not checked). */
  contentLength?: boolean;
}

export interface MirrorCase {
  source: string;
  it: string;
  translation: string;
  /** The Ingress's host (each case has its own, so that one proxy start serves them all). */
  host: string;
  annotations: Record<string, string>;
  request: { method: 'GET' | 'POST'; target: string; body?: string };
  copy: MirrorCopy;
  /** Per-target copies where a partial row (or a key without a row) says the target differs. */
  copyOn?: Partial<Record<string, MirrorCopy>>;
}

const E2E = 'e2e-annotations/mirror.go';
const DOC = 'docs/user-guide/nginx-configuration/annotations.md "Mirror"';
/** Envoy's mirror policy and Traefik's mirroring service always send the body (mirror-request-body has no row there: a warning). */
const envoyKeepsBody = (c: MirrorCopy, body: string): MirrorCopy => ({ ...c, body, contentLength: true });

export const MIRROR_CASES: MirrorCase[] = [
  {
    source: E2E,
    it: 'should set mirror-target to http://localhost/mirror',
    translation:
      'the checked lines (`mirror "/_mirror-<uid>";`, `mirror_request_body on;`) send every request of the Ingress, body included, to the internal location proxying to http://localhost/mirror (here the plain mirror): the client is answered by the echo Service, and the mirror gets the copy at /mirror with the request\'s query (nginx\'s proxy_pass without a variable appends the subrequest\'s args, which are the request\'s) and Host localhost (the target\'s host)',
    host: 'mirror1.foo.com',
    annotations: { [`${M}mirror-target`]: 'http://{mirror}/mirror' },
    request: { method: 'POST', target: '/?a=1', body: 'hello mirror' },
    copy: { method: 'POST', path: '/mirror?a=1', host: '{mirror}', body: 'hello mirror', contentLength: true },
  },
  {
    source: E2E,
    it: 'should set mirror-target to https://test.env.com/$request_uri',
    translation:
      'the checked `proxy_pass "https://test.env.com/$request_uri";` (here the HTTPS mirror) sends the copy to "/" followed by the request target as sent (so "//path?query"), with the body (`mirror_request_body on;`) and Host test.env.com (the target\'s host)',
    host: 'mirror2.foo.com',
    annotations: { [`${M}mirror-target`]: 'https://{mirror-tls}/$request_uri' },
    request: { method: 'POST', target: '/p/q?x=y', body: 'copy me' },
    copy: { method: 'POST', path: '//p/q?x=y', host: '{mirror}', body: 'copy me', contentLength: true },
  },
  {
    source: E2E,
    it: 'should disable mirror-request-body',
    translation:
      'the checked `mirror_request_body off;` sends the copy without the request\'s body: the mirror gets POST /mirror without a body (ingressc also leaves out the Content-Length, which ingress-nginx sends with no body: support row mirror-request-body)',
    host: 'mirror3.foo.com',
    annotations: { [`${M}mirror-target`]: 'http://{mirror}/mirror', [`${M}mirror-request-body`]: 'off' },
    request: { method: 'POST', target: '/', body: 'not copied' },
    copy: { method: 'POST', path: '/mirror', host: '{mirror}', body: '', contentLength: false },
  },
  {
    source: DOC,
    it: 'mirror-target: https://1.2.3.4$request_uri with mirror-host: "test.env.com"',
    translation: 'the doc\'s example (1.2.3.4 is the HTTPS mirror here): the copy goes to the request target as sent, with Host test.env.com instead of the target\'s host',
    host: 'mirror4.foo.com',
    annotations: { [`${M}mirror-target`]: 'https://{mirror-tls}$request_uri', [`${M}mirror-host`]: 'test.env.com' },
    request: { method: 'POST', target: '/a/b?c=d&e', body: 'with host' },
    copy: { method: 'POST', path: '/a/b?c=d&e', host: 'test.env.com', body: 'with host', contentLength: true },
    // Traefik: mirror-host has no row (a warning): the copy has its server URL's Host.
    copyOn: { traefik: { method: 'POST', path: '/a/b?c=d&e', host: '{mirror}', body: 'with host' } },
  },
  {
    source: DOC,
    it: 'mirror-target: https://test.env.com$request_uri with mirror-request-body: "off"',
    translation: 'the doc\'s two examples together (test.env.com is the HTTPS mirror here): the copy goes to the request target as sent, without the body',
    host: 'mirror5.foo.com',
    annotations: { [`${M}mirror-target`]: 'https://{mirror-tls}$request_uri', [`${M}mirror-request-body`]: 'off' },
    request: { method: 'POST', target: '/no-body?z=1', body: 'stays here' },
    copy: { method: 'POST', path: '/no-body?z=1', host: '{mirror}', body: '', contentLength: false },
    copyOn: { envoy: envoyKeepsBody({ method: 'POST', path: '/no-body?z=1', host: '{mirror}', body: '' }, 'stays here'), traefik: envoyKeepsBody({ method: 'POST', path: '/no-body?z=1', host: '{mirror}', body: '' }, 'stays here') },
  },
];
