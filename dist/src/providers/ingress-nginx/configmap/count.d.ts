/**
 * A whole number in a ConfigMap value, in decimal digits without a sign or a leading zero:
 * ingress-nginx decodes its numeric keys with Go's base-0 ParseInt, which reads "010" as 8 and
 * "0x10" as 16, so only the spelling both read alike is accepted. `max`: the largest the key takes.
 */
export declare function parseCount(value: string, max: number, what?: string): {
    value: number;
} | {
    expected: string;
};
