export interface CaConstraints {
    /** Subject and issuer equal, and the certificate verifies with its own key. */
    selfSigned: boolean;
    ca: boolean;
    /** Absent: no limit. */
    pathLen?: number;
}
export declare function caConstraints(pem: string): CaConstraints;
/** The certificates of a PEM bundle. */
export declare const pemCertificates: (pem: string) => string[];
