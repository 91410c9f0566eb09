import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
/**
 * The validators scripts/build-validators.mjs precompiled next to this module, or none (no build).
 * The CLI bundle replaces this module with one that holds the validators themselves
 * (scripts/bundle-cli.mjs), so they are in its code cache.
 */
export function precompiledValidators() {
    const file = fileURLToPath(new URL('./compiled-schemas.cjs', import.meta.url));
    return existsSync(file) ? createRequire(import.meta.url)(file) : {};
}
