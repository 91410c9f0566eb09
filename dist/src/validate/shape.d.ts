/** Reading an untyped manifest object after the schema check: the field if it has the expected shape, else empty. */
export type Obj = Record<string, unknown>;
export declare const obj: (v: unknown) => Obj;
export declare const arr: (v: unknown) => unknown[];
export declare const str: (v: unknown) => string | undefined;
