/**
 * Go's strconv.ParseBool, which ingress-nginx uses for every boolean annotation: these twelve
 * spellings and nothing else (no "yes", no surrounding spaces).
 */
const BOOLS = {
    '1': true, t: true, T: true, TRUE: true, true: true, True: true,
    '0': false, f: false, F: false, FALSE: false, false: false, False: false,
};
export const GO_BOOL_SPELLINGS = '1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False';
export function parseGoBool(value) {
    return Object.hasOwn(BOOLS, value) ? BOOLS[value] : undefined;
}
