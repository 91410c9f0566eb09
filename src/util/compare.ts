/** Code-unit string order (locale-independent, so output is the same on every machine). */
export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
