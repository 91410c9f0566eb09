import type { Diagnostics } from '../diagnostics/collector.js';
import type { TargetName } from '../diagnostics/types.js';
import type { ListenAddr, RouteTable } from '../ir/types.js';
/**
 * One generated file, path relative to the output directory ("/"-separated). A large file may hold
 * its text as pieces (piecewiseFile): then `content` joins them each time it is read, and the CLI
 * writes the pieces (contentPieces) without ever joining them (issue 17: Caddy's caddy.json is
 * 151 MB at 20k Ingresses, and its one joined copy was a third of the compile's peak memory).
 */
export interface OutputFile {
    path: string;
    readonly content: string;
    /** File mode; private keys are 0o600. */
    mode?: number;
    /** Never printed (private keys). */
    sensitive?: boolean;
}
export interface EmitOptions {
    /** DNS resolver for cluster names at run time (`--resolver`); unset: nginx's default, the system's for the others. */
    resolver?: string;
    /** Gateway API: the GatewayClass and the Gateway ("namespace/name") the output defines. */
    gatewayClass?: string;
    gateway?: string;
    /** nginx: `--nginx-routing`, how plain hosts choose their route (emit/nginx/route-maps.ts); undefined: locations. */
    nginxRouting?: 'locations' | 'maps';
    /** Loopback address of Caddy's admin endpoint; undefined: off. */
    listenAdmin?: ListenAddr;
}
export interface EmitContext {
    diagnostics: Diagnostics;
    options: EmitOptions;
}
export interface Emitter {
    name: TargetName;
    /** The file a user runs the proxy with ("nginx.conf"). */
    mainFile: string;
    /** Where the output looks up cluster DNS names at run time, in words (for IC5021); absent when the
     *  output names Services, not addresses (gateway-api: the cluster resolves them). */
    dnsResolver?: (resolver: string | undefined) => string;
    /** For outputs of several YAML streams: the files joined into one, printed on stdout without --out. */
    stream?: (files: readonly OutputFile[]) => string;
    /** Pure: IR in, files out (sorted by path). Reports what the target cannot express. */
    emit(ir: RouteTable, ctx: EmitContext): OutputFile[];
}
/** A file whose text is `pieces` joined; `content` is an enumerable getter, so the file still compares and spreads as one with a string. */
export declare function piecewiseFile(path: string, pieces: readonly string[], extra?: {
    mode?: number;
    sensitive?: boolean;
}): OutputFile;
/** The text of `f` in pieces whose concatenation is `f.content` (one piece unless piecewiseFile made it). */
export declare function contentPieces(f: OutputFile): readonly string[];
