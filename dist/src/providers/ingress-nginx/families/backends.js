import { isDns1123Label, isDns1123Subdomain } from '../../../util/k8s-names.js';
import { parseGoBool } from '../parse-bool.js';
const PROTOCOLS = ['HTTP', 'HTTPS', 'GRPC', 'GRPCS', 'AUTO_HTTP'];
const q = (s) => JSON.stringify(s);
/** A DNS name (RFC 1123 labels, one trailing "." allowed): what a backend certificate can name. */
const SERVER_NAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$/;
/** ingress-nginx's proxySSLCiphersRegex, without its empty match (an empty value falls back to DEFAULT there). */
const CIPHERS = /^[A-Za-z0-9+:_!-]{1,1024}$/;
/** Parses one key of the family into `into.backend`; returns what is wrong with the value. */
export function readBackendKey(name, value, into) {
    switch (name) {
        case 'backend-protocol': {
            const v = value.trim();
            const upper = v.toUpperCase();
            if (upper === 'FCGI' && /^[A-Za-z]+$/.test(v))
                return { code: 'IC2220', detail: 'FCGI (fastcgi_pass to a FastCGI server) is not supported by ingressc; expected HTTP, HTTPS, GRPC, GRPCS or AUTO_HTTP' };
            if (!/^[A-Za-z_]+$/.test(v) || !PROTOCOLS.includes(upper))
                return { detail: `expected one of HTTP, HTTPS, GRPC, GRPCS, AUTO_HTTP (any case), found ${q(value)}; ingress-nginx logs "validation error" and proxies over HTTP instead` };
            into.protocol = upper;
            into.protocolUpperCase = v === upper;
            return undefined;
        }
        case 'proxy-ssl-secret': {
            const m = /^([^/]*)\/([^/]*)$/.exec(value);
            if (!m || !isDns1123Label(m[1]) || !isDns1123Subdomain(m[2]))
                return { detail: `expected "namespace/name" of a Secret (ingress-nginx reads no other form), found ${q(value)}` };
            into.sslSecret = { namespace: m[1], name: m[2] };
            return undefined;
        }
        case 'proxy-ssl-verify':
        case 'proxy-ssl-server-name': {
            if (value !== 'on' && value !== 'off')
                return { detail: `expected "on" or "off" (lower case), found ${q(value)}; ingress-nginx reads any other value as "off"` };
            if (name === 'proxy-ssl-verify')
                into.sslVerify = value === 'on';
            else
                into.sslServerName = value === 'on';
            return undefined;
        }
        case 'proxy-ssl-name': {
            if (!SERVER_NAME.test(value))
                return { detail: `expected a DNS name (e.g. "backend.example.com"), found ${q(value)}` };
            into.sslName = value;
            return undefined;
        }
        case 'proxy-ssl-verify-depth': {
            const m = /^\+?([0-9]{1,3})$/.exec(value);
            const n = m ? Number(m[1]) : NaN;
            if (!(n >= 0 && n <= 100))
                return { detail: `expected a whole number of CA certificates, 0 to 100 (0 means the default, 1), found ${q(value)}` };
            into.sslVerifyDepth = n;
            return undefined;
        }
        case 'proxy-ssl-ciphers': {
            if (!CIPHERS.test(value))
                return { detail: `expected an OpenSSL cipher list of letters, digits and + : _ ! - (e.g. "HIGH:!aNULL:!MD5"), found ${q(value)}` };
            into.sslCiphers = value;
            return undefined;
        }
        case 'proxy-ssl-protocols': {
            const parts = value.split(' ').filter((p) => p !== '');
            if (parts.length === 0 || !parts.every((p) => p === 'TLSv1.2' || p === 'TLSv1.3'))
                return { detail: `expected TLSv1.2 and/or TLSv1.3 separated by spaces, found ${q(value)}; ingress-nginx falls back to TLSv1.2 for anything else` };
            into.sslProtocols = [...new Set(parts)].sort();
            return undefined;
        }
        case 'service-upstream': {
            // read.ts has already checked the Go boolean.
            into.serviceUpstream = parseGoBool(value) === true;
            return undefined;
        }
    }
    return undefined;
}
export const backendsReader = {
    keys: ['backend-protocol', 'proxy-ssl-ciphers', 'proxy-ssl-name', 'proxy-ssl-protocols', 'proxy-ssl-secret', 'proxy-ssl-server-name', 'proxy-ssl-verify', 'proxy-ssl-verify-depth', 'service-upstream'],
    read: (name, value, into) => readBackendKey(name, value, (into.backend ??= {})),
};
