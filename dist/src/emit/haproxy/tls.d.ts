import { type RouteTable } from '../../ir/types.js';
export declare const CRT_LIST = "crt-list.txt";
/**
 * The crt-list for the HTTPS bind. HAProxy serves the first loaded certificate when the SNI
 * matches nothing, so the IR's default certificate comes first. Every line names its SNI hosts
 * explicitly (the IR pairs TLS hosts with Secrets; a certificate's own CN/SAN must not claim a
 * host paired with another one); a certificate without hosts gets "!*", which stops HAProxy from
 * falling back to its CN/SAN. Keys are loaded from certs/<id>.key beside each certificate
 * (`ssl-load-extra-del-ext` in global), so the shared certs/<id>.crt|.key files are used as is.
 */
export declare function renderCrtList(ir: RouteTable): string;
