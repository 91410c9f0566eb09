import type { TargetName } from '../../../diagnostics/types.js';
import type { Support, SupportRows } from '../support.js';
import { TUNING_KEYS } from '../families/upstream-tuning.js';

/**
 * Support rows of the upstream tuning family (families/upstream-tuning.ts), each with its target's
 * live proof: test/conformance/ingress-nginx/tuning-cases.ts (e2e proxy.go, connection.go), run by
 * tuning-run.ts. A target without a row warns once per key (tuning kind); UNSUPPORTED_WHY says why.
 */
const yes: Support = { level: 'supported' };

const nginxAll: Partial<Record<TargetName, Support>> = { nginx: yes };

export const ROWS: SupportRows = Object.fromEntries(TUNING_KEYS.map((k) => [k, { ...nginxAll }]));
