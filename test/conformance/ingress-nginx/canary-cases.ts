import type { PortedCase } from './cases.js';

const A = 'nginx.ingress.kubernetes.io/';
const canary = { [`${A}canary`]: 'true', [`${A}canary-by-header`]: 'CanaryByHeader' };

/**
 * ingress-nginx's canary with a Service without ready endpoints, in the code form of the ported
 * cases (it can leave a Service without endpoints; the feature runner cannot). canary.go keeps this
 * It commented out ("needs improvements made to the e2e framework"); its two steps, ported: the main
 * deployment at 0 replicas answers 503 where the main Service is chosen, and the canary deployment at
 * 0 replicas leaves the main Service serving; here each side in turn has no endpoints.
 */
export const CANARY_CASES: PortedCase[] = [
  {
    source: 'e2e-annotations/canary.go',
    it: 'should return the correct status codes when endpoints are unavailable (commented out upstream)',
    translation: 'the canary deployment at 0 replicas = a canary Service without ready endpoints: a request the header sends to the canary gets 503, the others reach the main Service',
    host: 'canary.foo.com',
    ingresses: [
      { name: 'main', annotations: {} },
      { name: 'main-canary', annotations: canary, service: 'canary-svc' },
    ],
    noEndpoints: ['canary-svc'],
    requests: [
      { from: '127.0.0.1', headers: { CanaryByHeader: 'always' }, expect: 503 },
      { from: '127.0.0.1', headers: { CanaryByHeader: 'never' }, expect: 200 },
      { from: '127.0.0.1', expect: 200 },
    ],
  },
  {
    source: 'e2e-annotations/canary.go',
    it: 'should return the correct status codes when endpoints are unavailable (commented out upstream): main side',
    translation: 'the main deployment at 0 replicas: "returning a 503 status when the mainline deployment has 0 replicas" for requests to the main Service, while the header still reaches the canary',
    host: 'canary.foo.com',
    ingresses: [
      { name: 'main', annotations: {}, service: 'main-svc' },
      { name: 'main-canary', annotations: canary },
    ],
    noEndpoints: ['main-svc'],
    requests: [
      { from: '127.0.0.1', headers: { CanaryByHeader: 'always' }, expect: 200 },
      { from: '127.0.0.1', headers: { CanaryByHeader: 'never' }, expect: 503 },
      { from: '127.0.0.1', expect: 503 },
    ],
  },
];
