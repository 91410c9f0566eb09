/** `--resolver` as host and port (53 unless given): an IPv4 or IPv6 address, IPv6 with a port in brackets. */
export declare function resolverAddress(text: string): {
    host: string;
    port: number;
} | undefined;
