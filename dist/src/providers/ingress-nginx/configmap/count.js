/**
 * A whole number in a ConfigMap value, in decimal digits without a sign or a leading zero:
 * ingress-nginx decodes its numeric keys with Go's base-0 ParseInt, which reads "010" as 8 and
 * "0x10" as 16, so only the spelling both read alike is accepted. `max`: the largest the key takes.
 */
export function parseCount(value, max, what = 'a whole number') {
    return /^(?:0|[1-9][0-9]*)$/.test(value) && value.length <= String(max).length && Number(value) <= max
        ? { value: Number(value) }
        : { expected: `${what} in decimal digits (no sign, no leading zero, at most ${max}), found ${JSON.stringify(value)}` };
}
