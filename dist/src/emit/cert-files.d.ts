import { type RouteTable } from '../ir/types.js';
import type { OutputFile } from './emitter.js';
/** certs/<id>.crt and certs/<id>.key for every Secret found in the inputs (same for every target). */
export declare function certificateFiles(ir: RouteTable): OutputFile[];
/** proxy-ssl-secret: the CA bundles and the client certificates presented to backends. */
export declare function backendCertificateFiles(ir: RouteTable): OutputFile[];
/** auth-tls-secret: one CA file per Secret a host uses (client-ca/<id>.crt, the same for every target). */
export declare function clientCaFiles(ir: RouteTable): OutputFile[];
export declare function sortFiles(files: OutputFile[]): OutputFile[];
