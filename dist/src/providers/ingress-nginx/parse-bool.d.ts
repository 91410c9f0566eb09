export declare const GO_BOOL_SPELLINGS = "1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False";
export declare function parseGoBool(value: string): boolean | undefined;
