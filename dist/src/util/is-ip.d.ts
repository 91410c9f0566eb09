/** 4 for an IPv4 address, 6 for IPv6 (with an optional %zone), 0 otherwise; as net.isIP. */
export declare function isIP(s: string): 0 | 4 | 6;
