import { type RoutePolicies, type RouteTable } from '../../ir/types.js';
import type { TextWriter } from '../text-writer.js';
/** The http-level geo/map/zone directives of every counter set any route uses (sorted by key), and the refusal statuses. */
export declare function limitZones(w: TextWriter, ir: RouteTable): void;
/** A location's limit directives (ingress-nginx's order: connections, per minute, per second, bandwidth). */
export declare function limitLines(p: RoutePolicies): string[];
