import type { ResponseRewrites } from '../../ir/types.js';
import { escapeRegexMeta } from '../regex.js';
import type { VariantSettings } from '../upstream-variants.js';
import { cfgName, HaproxyQuoteError, quotedArg } from './quote.js';
import { responseHeaderLines } from './custom-headers.js';

/**
 * A default-backend standing in for a Service without endpoints (RouteErrors.standIn) is told so:
 * X-Code and the context headers (static), X-Format a copy of the client's Accept (the whole
 * header line: req.hdr would split it at commas), only when the client sent one.
 */
export const acceptCopy = (name: string, cond: string): string => `http-request set-header ${cfgName(name)} %[req.fhdr(accept)] ${cond} { req.fhdr(accept) -m found }`;

/** X-Request-ID as ingress-nginx's $req_id: the client's, else a generated one (a UUID here). */
export const requestIdLine = (cond: string): string => `http-request set-header X-Request-ID %[uuid] ${cond} !{ req.hdr(x-request-id) -m found }`;

/** Backend lines for a variant's headers (upstream-variants.ts). */
export function headerLines(v: VariantSettings): string[] {
  const out = (v.headers ?? []).map((h) => `http-request set-header ${cfgName(h.name)} ${quotedArg(h.value)}`);
  if (v.acceptAs !== undefined) out.push(acceptCopy(v.acceptAs, 'if'), requestIdLine('if'));
  out.push(...responseRewriteLines(v.responseRewrites));
  out.push(...responseHeaderLines(v.responseHeaders));
  return out;
}

/** The reader's grammar for rewrite texts: nothing HAProxy's quoting, log-format or regex would read. */
const REWRITE_TEXT = /^[-._~a-zA-Z0-9/:,?&=]+$/;
const fmt = (s: string): string => {
  if (!REWRITE_TEXT.test(s)) throw new HaproxyQuoteError(`haproxy: refusing response rewrite text ${JSON.stringify(s)}`);
  return s;
};

/**
 * ResponseRewrites (proxy-redirect, proxy-cookie) on the backend's responses, with nginx's
 * semantics: http-response replace-header matches each occurrence's whole value (PCRE). A rewritten
 * Location starting with "/" gets the scheme and txn.host (the Host lowercased, without port or
 * trailing dot: the host nginx validated; no port, as ingress-nginx's port_in_redirect off).
 */
export function responseRewriteLines(rw: ResponseRewrites | undefined): string[] {
  if (!rw) return [];
  const out: string[] = [];
  const re = (s: string): string => escapeRegexMeta(fmt(s));
  if (rw.location) {
    const { from, to } = rw.location;
    const absolute = to.startsWith('/') ? '%[ssl_fc,iif(https,http)]://%[var(txn.host)]' : '';
    out.push(`http-response replace-header Location ${quotedArg(`^${re(from)}(.*)$`)} '${absolute}${fmt(to)}\\1'`);
    out.push(`http-response replace-header Refresh ${quotedArg(`^(.*?(?i)url=)${re(from)}(.*)$`)} '\\1${fmt(to)}\\2'`);
  }
  if (rw.cookieDomain) {
    const from = re(rw.cookieDomain.from.replace(/^\./, ''));
    out.push(`http-response replace-header Set-Cookie ${quotedArg(`^(.*;\\s*(?i)domain=\\.?)(?i:${from})(\\s*(;.*)?)$`)} '\\1${fmt(rw.cookieDomain.to.replace(/^\./, ''))}\\2'`);
  }
  if (rw.cookiePath) out.push(`http-response replace-header Set-Cookie ${quotedArg(`^(.*;\\s*(?i)path=(?-i))${re(rw.cookiePath.from)}(.*)$`)} '\\1${fmt(rw.cookiePath.to)}\\2'`);
  return out;
}
