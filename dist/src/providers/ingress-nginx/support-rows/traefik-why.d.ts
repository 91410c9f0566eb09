/**
 * Why Traefik has no row for a key of the families whose rows it otherwise has (the matrix shows
 * it as a note; compile's IC2101/IC2102 name it). Each was checked against Traefik v3.6's dynamic
 * configuration (pkg/config/dynamic).
 */
export declare const TRAEFIK_WHY: Readonly<Record<string, {
    traefik: string;
}>>;
