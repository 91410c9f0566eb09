/** Code-unit string order (locale-independent, so output is the same on every machine). */
export declare const compareStrings: (a: string, b: string) => number;
