// External-authentication service for e2e tests (stands in for ingress-nginx's httpbun): answers
// the auth requests a proxy sends before proxying, and records them so tests can assert what the
// proxy sent (method, path, headers, no body).
import http from 'node:http';
import { listenLoopback } from './echo.js';

export interface AuthRequestSeen {
  method: string;
  /** Request target as received. */
  path: string;
  headers: http.IncomingHttpHeaders;
  bodyLength: number;
}

export interface AuthServer {
  port: number;
  /** "http://127.0.0.1:<port>" */
  url: string;
  seen: AuthRequestSeen[];
  close(): Promise<void>;
}

/**
 * Routes (the path is matched without its query):
 *   /basic-auth/<user>/<password>  200 when Authorization is "Basic base64(user:password)", with
 *                                  response headers X-Auth-User: <user> and Set-Cookie: auth=<user>;
 *                                  else 401 with WWW-Authenticate (httpbun's behaviour);
 *   /status/<code>                 answers <code> (100-599) with an empty body;
 *   /token/<value>                 200 when the request carries header X-Token: <value>, else 401;
 *   /header/<name>/<value>         200 when the request carries header <name> with exactly <value>
 *                                  (the rest of the path, "/" included; one line), else 401;
 *   /cookies/set/<name>/<value>    200 with Set-Cookie: <name>=<value>;
 *   /response-headers?<n>=<v>&...  200 with each query parameter as a response header (httpbun's);
 *   anything else                  404.
 */
export function startAuthServer(): Promise<AuthServer> {
  const seen: AuthRequestSeen[] = [];
  const server = http.createServer((req, res) => {
    let bodyLength = 0;
    req.on('data', (c: Buffer) => (bodyLength += c.length));
    req.on('end', () => {
      const target = req.url ?? '';
      seen.push({ method: req.method ?? '', path: target, headers: req.headers, bodyLength });
      const path = target.split('?')[0]!;
      const answer = (status: number, headers: Record<string, string> = {}): void => {
        res.writeHead(status, { 'content-length': '0', ...headers });
        res.end();
      };
      let m = /^\/basic-auth\/([^/]+)\/([^/]+)$/.exec(path);
      if (m) {
        const expected = `Basic ${Buffer.from(`${m[1]}:${m[2]}`).toString('base64')}`;
        if (req.headers.authorization === expected) answer(200, { 'x-auth-user': m[1]!, 'set-cookie': `auth=${m[1]}` });
        else answer(401, { 'www-authenticate': 'Basic realm="Fake Realm"' });
        return;
      }
      m = /^\/status\/([1-5][0-9][0-9])$/.exec(path);
      if (m) return answer(Number(m[1]));
      m = /^\/cookies\/set\/([A-Za-z0-9]+)\/([A-Za-z0-9]+)$/.exec(path);
      if (m) return answer(200, { 'set-cookie': `${m[1]}=${m[2]}` });
      m = /^\/header\/([A-Za-z0-9_-]+)\/(.+)$/.exec(path);
      if (m) return answer(req.headers[m[1]!.toLowerCase()] === m[2] ? 200 : 401);
      if (path === '/response-headers') return answer(200, Object.fromEntries(new URLSearchParams(target.slice(path.length + 1))));
      m = /^\/token\/([A-Za-z0-9]+)$/.exec(path);
      if (m) return answer(req.headers['x-token'] === m[1] ? 200 : 401);
      answer(404);
    });
    req.on('error', () => res.destroy());
  });
  return listenLoopback(server).then(({ port, close }) => ({ port, url: `http://127.0.0.1:${port}`, seen, close }));
}
