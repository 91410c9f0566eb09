// Test harness entry point: e2e helpers for running real proxies on loopback.
export * from './ports.js';
export * from './echo.js';
export * from './upgrade.js';
export * from './client.js';
export * from './certs.js';
export * from './proxies.js';
export { reapStale, type ReapResult } from './lifecycle.js';
export * from './dns.js';
export * from './ca.js';
export * from './auth-server.js';
