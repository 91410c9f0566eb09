import { isIP } from '../../../util/is-ip.js';
/** A DNS name of RFC 1123 labels (no trailing dot). */
export const DNS_NAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
/**
 * The host of an http(s) URL annotation (auth-url, auth-signin, mirror-target) as written between
 * "://" and the port: "[IPv6]", IPv4 or a DNS name; lower-cased, without brackets; undefined when
 * it is none. `numericNames`: whether a name of digits and dots that is no IPv4 address passes.
 */
export function readUrlHost(raw, numericNames) {
    if (raw.startsWith('[')) {
        const h = raw.slice(1, -1);
        return isIP(h) === 6 ? h.toLowerCase() : undefined;
    }
    if (isIP(raw) === 4)
        return raw;
    return DNS_NAME.test(raw) && (numericNames || !/^[0-9.]+$/.test(raw)) ? raw.toLowerCase() : undefined;
}
/** A URL's port, 1 to 65535: the number, undefined when absent, null when out of range. */
export const readUrlPort = (p) => (p === undefined ? undefined : Number(p) >= 1 && Number(p) <= 65535 ? Number(p) : null);
