import { isIP } from './is-ip.js';
/** `--resolver` as host and port (53 unless given): an IPv4 or IPv6 address, IPv6 with a port in brackets. */
export function resolverAddress(text) {
    const m = /^\[([0-9a-fA-F:.]+)\](?::([0-9]{1,5}))?$/.exec(text) ?? /^([0-9.]+)(?::([0-9]{1,5}))?$/.exec(text);
    const [host, port] = m ? [m[1], Number(m[2] ?? 53)] : [text, 53];
    if (isIP(host) === 0 || port < 1 || port > 65535)
        return undefined;
    return { host, port };
}
