export declare const GATEWAY_API_WHY_NOT: Readonly<Record<string, string>>;
