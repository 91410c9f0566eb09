import type { ValidateFunction } from 'ajv';
/**
 * The validators scripts/build-validators.mjs precompiled next to this module, or none (no build).
 * The CLI bundle replaces this module with one that holds the validators themselves
 * (scripts/bundle-cli.mjs), so they are in its code cache.
 */
export declare function precompiledValidators(): Record<string, ValidateFunction | undefined>;
