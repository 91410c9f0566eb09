import type { SourceRef } from '../../diagnostics/types.js';
import type { ForwardedHeaders, RouteTable } from '../../ir/types.js';
import { nginxHeaderName } from './quote.js';

/**
 * RouteTable.forwarded (ingress-nginx's forwarded headers), as nginx.tmpl writes them: the
 * location's proxy_set_header lines name variables that the http-level maps below define for the
 * mode, so that every location (and its gRPC twin) repeats the same lines.
 */
export const FORWARDED_HEADERS = [
  'proxy_set_header X-Request-ID $ingressc_req_id;',
  'proxy_set_header X-Real-IP $remote_addr;',
  'proxy_set_header X-Forwarded-For $ingressc_forwarded_for;',
  'proxy_set_header X-Forwarded-Host $ingressc_best_host;',
  'proxy_set_header X-Forwarded-Port $ingressc_forwarded_port;',
  'proxy_set_header X-Forwarded-Proto $ingressc_forwarded_proto;',
  'proxy_set_header X-Forwarded-Scheme $ingressc_forwarded_proto;',
  'proxy_set_header X-Scheme $ingressc_forwarded_proto;',
  'proxy_set_header X-Original-Forwarded-For $ingressc_original_forwarded_for;',
  // httpoxy: a client's Proxy header never reaches the upstream.
  'proxy_set_header Proxy "";',
];

/** ingress-nginx's defaults (use-forwarded-headers false), for an IR built without lowering. */
export const DEFAULT_FORWARDED: ForwardedHeaders = { trustClient: false, appendForwardedFor: false, originalForwardedFor: 'X-Forwarded-For', generateRequestId: true };

/** nginx's variable of a request header: $http_ + the name lowercased, "-" as "_". */
const headerVar = (name: string): string => `$http_${nginxHeaderName(name).toLowerCase().replace(/-/g, '_')}`;

/**
 * ssl-passthrough's TLS listener is a unix socket behind the stream proxy (passthrough.ts): its
 * realip module reads the internal PROXY protocol hop, which a forwarded-for header cannot share,
 * and the stream listener would need the client's PROXY header passed on (use-proxy-protocol).
 */
export function forwardedProblems(ir: Pick<RouteTable, 'forwarded' | 'passthrough'>): { origin: SourceRef; host: string; ingress: string }[] {
  return ir.forwarded?.realIp || ir.forwarded?.proxyProtocol ? (ir.passthrough ?? []).map((p) => ({ origin: p.origin, host: p.host, ingress: p.ingress })) : [];
}

/** The http-level lines: the realip module (the client address) and the maps of the variables above. */
export function forwardedHttpLines(ir: Pick<RouteTable, 'forwarded' | 'passthrough' | 'listen'>): string[] {
  const f = ir.forwarded ?? DEFAULT_FORWARDED;
  // Behind ssl-passthrough the TLS listener is a unix socket, whose $server_port is empty: the HTTPS listener's port.
  const serverPort = ir.passthrough?.length ? '$ingressc_server_port' : '$server_port';
  const out: string[] = [];
  // compute-full-forwarded-for appends the peer, or with use-proxy-protocol the PROXY header's address.
  const peer = f.proxyProtocol ? '$proxy_protocol_addr' : '$realip_remote_addr';
  if (f.realIp) {
    // nginx.tmpl's realip block: the rightmost untrusted address of the header, when the peer is trusted.
    out.push(`real_ip_header ${f.realIp.proxyProtocol ? 'proxy_protocol' : nginxHeaderName(f.realIp.header)};`, 'real_ip_recursive on;');
    for (const c of f.realIp.trusted) out.push(`set_real_ip_from ${c};`);
  }
  // $request_id: 32 hex digits, as ingress-nginx's $req_id; an empty X-Request-ID counts as none.
  out.push(`map $http_x_request_id $ingressc_req_id { "~." $http_x_request_id; default ${f.generateRequestId ? '$request_id' : '""'}; }`);
  out.push(
    f.appendForwardedFor
      ? `map $http_x_forwarded_for $ingressc_forwarded_for { "" ${peer}; default "$http_x_forwarded_for, ${peer}"; }`
      : 'map "" $ingressc_forwarded_for { default $remote_addr; }',
  );
  if (f.trustClient) {
    out.push('map $http_x_forwarded_proto $ingressc_forwarded_proto { "" $scheme; default $http_x_forwarded_proto; }');
    out.push(`map $http_x_forwarded_port $ingressc_forwarded_port { "" ${serverPort}; default $http_x_forwarded_port; }`);
    out.push('map $http_x_forwarded_host $ingressc_best_host { "" $http_host; default $http_x_forwarded_host; }');
  } else {
    out.push('map "" $ingressc_forwarded_proto { default $scheme; }');
    out.push(`map "" $ingressc_forwarded_port { default ${serverPort}; }`);
    out.push('map "" $ingressc_best_host { default $http_host; }');
  }
  out.push(`map "" $ingressc_original_forwarded_for { default ${headerVar(f.originalForwardedFor)}; }`);
  if (ir.passthrough?.length) out.push(`map $server_port $ingressc_server_port { "" ${ir.listen.https.port}; default $server_port; }`);
  return out;
}
