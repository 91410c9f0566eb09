import type { PosNode } from './locate.js';

/**
 * Positions nothing ever asks for, dropped after reading (issue 17: a `kubectl get -o yaml` List of
 * 20,000 Ingresses held ~200 MB of them until the end of the compile). What `kubectl get` adds
 * below `status` and below each `metadata.managedFields` item is never located: the schemas
 * check only that `status` is an object and each managedFields item an object, and nothing
 * else reads them. Those nodes keep their own range and stay collections (an empty map), so
 * every location ingressc reports is unchanged.
 */
const NOTHING = new Map<string, { key: readonly [number, number, number]; value: PosNode | undefined }>();

/** Prunes one object's positions, or each item's of a List (`items`). */
export function prunePositions(top: PosNode | undefined): void {
  if (!top?.map) return;
  pruneObject(top);
  for (const item of top.map.get('items')?.value?.seq ?? []) if (item?.map) pruneObject(item);
}

function pruneObject(o: PosNode): void {
  const status = o.map!.get('status')?.value;
  if (status?.map) status.map = NOTHING;
  for (const f of o.map!.get('metadata')?.value?.map?.get('managedFields')?.value?.seq ?? []) if (f?.map) f.map = NOTHING;
}
