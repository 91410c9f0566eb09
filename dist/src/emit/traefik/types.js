/** The subset of Traefik v3's dynamic configuration (file provider) that ingressc writes. */
export {};
