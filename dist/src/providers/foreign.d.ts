export interface ForeignAnnotation {
    controller: string;
    restrictsAccess: boolean;
}
export declare function classifyForeign(key: string): ForeignAnnotation | undefined;
