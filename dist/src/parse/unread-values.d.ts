/**
 * Values nothing reads, dropped as each object is taken in (issue 17: a `kubectl get -o yaml` List
 * of 20,000 Ingresses held ~40 MB of them until validation ended). The schemas check only that
 * `status` (Ingress) and each `metadata.managedFields` item are objects, and no other phase reads
 * them; an object stays an object (empty), anything else stays as it is, so every diagnostic is
 * unchanged. Done here, after any of the readers, so that no reader reads a document differently.
 * Values are replaced, never emptied in place: a YAML alias may share them with another field.
 */
export declare function dropUnreadValues(obj: Record<string, unknown>): void;
