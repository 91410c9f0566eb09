/** Code-unit string order (locale-independent, so output is the same on every machine). */
export const compareStrings = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
