import { routesOf, type RouteErrors, type RouteTable, type Upstream } from '../../ir/types.js';
import type { TextWriter } from '../text-writer.js';
import { directAnswer } from './backends.js';
import { nginxQuote } from './quote.js';

/**
 * ingress-nginx's error pages (RouteErrors), as its nginx.tmpl writes them: the location turns
 * proxy_intercept_errors on and sends each code to a named location of its server
 * (`error_page CODE = @e<CODE>_<upstream>`: the status is then the error backend's own). The
 * named location serves every route of the server with that (code, upstream): the route's context
 * reaches it in variables `set` by the location (variables survive the internal redirect).
 */
/**
 * ingress-nginx's $req_id: the client's X-Request-ID, else nginx's $request_id (32 hex digits),
 * sent to error pages and stand-ins (nginx.tmpl).
 */
const REQUEST_ID = '$ingressc_req_id';

const VARS = { namespace: '$ingressc_err_namespace', ingress: '$ingressc_err_ingress', service: '$ingressc_err_service', servicePort: '$ingressc_err_port' } as const;

/** Upstream ids are [a-z0-9_-]: "@e<code>_<id>" cannot collide with "@u_<id>" or another code. */
const pageName = (code: number, upstream: string | undefined): string => (upstream === undefined ? '@e_none' : `@e${code}_${upstream}`);

export class ServerErrorPages {
  private readonly pages = new Map<string, { code: number; upstream: Upstream | undefined }>();

  constructor(private readonly upstream: (id: string | undefined) => Upstream | undefined) {}

  /** Rewrite-phase lines: they must come before any `rewrite ... break` or `return` of the location. */
  setLines(e: RouteErrors | undefined): string[] {
    if (!e || e.codes.length === 0) return [];
    return (Object.keys(VARS) as (keyof typeof VARS)[]).map((k) => `set ${VARS[k]} ${nginxQuote(e.context[k])};`);
  }

  /** The location's other lines (after its proxy_set_header lines). */
  lines(e: RouteErrors | undefined): string[] {
    if (!e) return [];
    const out: string[] = [];
    // A default-backend standing in for a Service without endpoints is told the client's Accept.
    // Its X-Request-ID is the location's standard one (forwarded-headers.ts), as every proxied request's.
    if (e.standIn) out.push('proxy_set_header X-Format $http_accept;');
    if (e.codes.length === 0) return out;
    if (e.upstreamResponses) out.push('proxy_intercept_errors on;');
    const u = this.upstream(e.upstream);
    for (const code of e.codes) {
      const name = pageName(code, u?.id);
      this.pages.set(name, { code, upstream: u });
      out.push(`error_page ${code} = ${name};`);
    }
    return out;
  }

  namedLocations(w: TextWriter): void {
    for (const [name, { code, upstream }] of [...this.pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      w.block(`location ${name}`, () => {
        if (!upstream) return w.line('return 404;');
        w.line('proxy_intercept_errors off;');
        for (const l of PAGE_HEADERS) w.line(l);
        w.line(`proxy_set_header X-Code ${code};`);
        const answer = directAnswer(upstream);
        // `set` lines of the answer first: `rewrite ... break` ends the rewrite phase.
        for (const l of answer.slice(0, -1)) w.line(l);
        w.line('rewrite ^ / break;');
        w.line(answer[answer.length - 1]!);
      });
  }
}

/** nginx.tmpl's @custom_ location headers (Host: the client's; X-Forwarded-For: the peer only). */
const PAGE_HEADERS = [
  'proxy_set_header Connection "";',
  'proxy_set_header Host $http_host;',
  'proxy_set_header X-Format $http_accept;',
  'proxy_set_header X-Original-URI $request_uri;',
  `proxy_set_header X-Namespace ${VARS.namespace};`,
  `proxy_set_header X-Ingress-Name ${VARS.ingress};`,
  `proxy_set_header X-Service-Name ${VARS.service};`,
  `proxy_set_header X-Service-Port ${VARS.servicePort};`,
  'proxy_set_header X-Forwarded-For $remote_addr;',
  `proxy_set_header X-Request-ID ${REQUEST_ID};`,
];

/** The http-level lines of error pages: none since REQUEST_ID is forwarded-headers.ts's map, which every proxied request uses. */
export function errorPagesHttpLines(_ir: RouteTable): string[] {
  return [];
}
