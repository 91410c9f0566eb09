import { parsePortable } from '../../../ir/regex.js';
import { isDns1123Label, isDns1123Subdomain } from '../../../util/k8s-names.js';
const VERIFY = /^(on|off|optional|optional_no_ca)$/;
const DEPTH = /^[1-9][0-9]?$/;
/** An absolute http(s) URL without spaces, quotes, "$" (nginx variables), braces or ";". */
const URL_RE = /^https?:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?(\/[A-Za-z0-9._~!&'()*+,=:@%/?-]*)?$/;
const problem = (detail) => ({ detail, code: 'IC2340' });
export const clientcertReader = {
    keys: ['auth-tls-error-page', 'auth-tls-match-cn', 'auth-tls-pass-certificate-to-upstream', 'auth-tls-secret', 'auth-tls-verify-client', 'auth-tls-verify-depth'],
    read(name, value, into) {
        const s = (into.clientCert ??= {});
        switch (name) {
            case 'auth-tls-secret': {
                const parts = value.split('/');
                const [ns, n] = parts.length === 2 ? [parts[0], parts[1]] : ['', parts[0]];
                if (parts.length > 2 || (parts.length === 2 && !isDns1123Label(ns)) || !isDns1123Subdomain(n))
                    return problem(`expected "namespace/secretName" (a Secret with a "ca.crt" key), found ${JSON.stringify(value)}`);
                // The namespace is filled in by lowering ("" = the Ingress's own).
                s.secret = { namespace: ns, name: n };
                return undefined;
            }
            case 'auth-tls-verify-client':
                if (!VERIFY.test(value))
                    return problem(`expected one of on, off, optional, optional_no_ca, found ${JSON.stringify(value)}`);
                s.verify = value;
                return undefined;
            case 'auth-tls-verify-depth':
                if (!DEPTH.test(value))
                    return problem(`expected a whole number 1-99, found ${JSON.stringify(value)}`);
                s.depth = Number(value);
                return undefined;
            case 'auth-tls-pass-certificate-to-upstream':
                // Already checked as a Go boolean by read.ts.
                s.passCertificate = /^(1|t|T|TRUE|true|True)$/.test(value);
                return undefined;
            case 'auth-tls-error-page':
                if (!URL_RE.test(value) || value.length > 2048)
                    return problem(`expected an absolute http(s) URL (no spaces, quotes, "$", braces or ";"), found ${JSON.stringify(value)}`);
                s.errorPage = value;
                return undefined;
            case 'auth-tls-match-cn': {
                if (!value.startsWith('CN=') || value.length > 1024)
                    return problem(`expected a regular expression starting with "CN=", found ${JSON.stringify(value)}`);
                try {
                    parsePortable(value);
                }
                catch (e) {
                    return problem(`expected a regular expression starting with "CN=" in the portable subset (${e.message})`);
                }
                s.matchCN = value;
                return undefined;
            }
        }
        return undefined;
    },
};
