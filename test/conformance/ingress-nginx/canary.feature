# Ported from ingress-nginx v1.15.1 test/e2e/annotations/canary.go (DescribeAnnotation "canary-*")
# and ingress2gateway @89ab0cdd provider_ingressnginx_test.go TestIngressNGINXCanary. The main
# Service is "httpbun" (framework.HTTPBunService), the canary "httpbun-canary"; an assertion
# Body().Contains(service) is "the response must be served by the service". Weighted splits are
# checked over many requests with a band far wider than the originals' (at least 5 standard
# deviations either side), so a correct proxy fails it with odds below one in a million; weights
# 0 and canary-weight-total are checked on every request. The three "canary affinity behavior" Its
# come last, with one scenario of balancer.lua's rule they do not cover (Envoy refuses them, IC4122;
# Traefik, IC4304; Gateway API has no affinity).
Feature: ingress-nginx canary

  # canary.go It("should response with a 200 status from the mainline upstream when requests are made to the mainline ingress")
  Scenario: a request without the header goes to the main Service (mainline upstream)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "CanaryByHeader"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    When I send a "GET" request to "http://foo/info"
    Then the response status-code must be 200
    And the response must be served by the "httpbun" service

  # canary.go It("should return 404 status for requests to the canary if no matching ingress is found")
  Scenario: a canary without a main Ingress serves nothing
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "CanaryByHeader"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    When I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "always"}
      """
    Then the response status-code must be 404

  # canary.go It("should route requests to the correct upstream if mainline ingress is created before the canary ingress")
  Scenario: header never and always (main Ingress created first)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "CanaryByHeader"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    When I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "never"}
      """
    Then the response status-code must be 200
    And the response must be served by the "httpbun" service
    And I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "always"}
      """
    And the response status-code must be 200
    And the response must be served by the "httpbun-canary" service

  # canary.go It("should route requests to the correct upstream if mainline ingress is created after the canary ingress")
  Scenario: header never and always (main Ingress created after the canary)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "CanaryByHeader"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    When I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "never"}
      """
    Then the response status-code must be 200
    And the response must be served by the "httpbun" service
    And I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "always"}
      """
    And the response status-code must be 200
    And the response must be served by the "httpbun-canary" service

  # canary.go It("should route requests to the correct upstream if the mainline ingress is modified")
  Scenario: header routing after the main Ingress changes
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "CanaryByHeader"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    And update the ingress
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
      annotations:
        nginx.ingress.kubernetes.io/foo: "bar"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    When I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "never"}
      """
    Then the response status-code must be 200
    And the response must be served by the "httpbun" service
    And I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "always"}
      """
    And the response status-code must be 200
    And the response must be served by the "httpbun-canary" service

  # canary.go It("should route requests to the correct upstream if the canary ingress is modified")
  Scenario: header routing after the canary Ingress changes its header
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "CanaryByHeader"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    And update the ingress
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "CanaryByHeader2"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    When I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader2": "never"}
      """
    Then the response status-code must be 200
    And the response must be served by the "httpbun" service
    And I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader2": "always"}
      """
    And the response status-code must be 200
    And the response must be served by the "httpbun-canary" service
    And I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "always"}
      """
    And the response status-code must be 200
    And the response must be served by the "httpbun" service

  # canary.go It("should route requests to the correct upstream")
  Scenario: canary-by-header: always, never, anything else
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "CanaryByHeader"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    When I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "always"}
      """
    Then the response status-code must be 200
    And the response must be served by the "httpbun-canary" service
    And I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "never"}
      """
    And the response status-code must be 200
    And the response must be served by the "httpbun" service
    And I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "badheadervalue"}
      """
    And the response status-code must be 200
    And the response must be served by the "httpbun" service
    And I send a "GET" request to "http://foo/info" with header
      """
      {"canarybyheader": "always"}
      """
    And the response status-code must be 200
    And the response must be served by the "httpbun-canary" service

  # canary.go It("should route requests to the correct upstream")
  Scenario: canary-by-header-value: only the value, not always or never
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "CanaryByHeader"
        nginx.ingress.kubernetes.io/canary-by-header-value: "DoCanary"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    When I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "DoCanary"}
      """
    Then the response status-code must be 200
    And the response must be served by the "httpbun-canary" service
    And I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "always"}
      """
    And the response status-code must be 200
    And the response must be served by the "httpbun" service
    And I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "never"}
      """
    And the response status-code must be 200
    And the response must be served by the "httpbun" service
    And I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "otherheadervalue"}
      """
    And the response status-code must be 200
    And the response must be served by the "httpbun" service
    And I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "docanary"}
      """
    And the response status-code must be 200
    And the response must be served by the "httpbun" service

  # canary.go It("should route requests to the correct upstream")
  Scenario: canary-by-header-pattern matches case-sensitively
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "CanaryByHeader"
        nginx.ingress.kubernetes.io/canary-by-header-pattern: "^Do[A-Z][a-z]+y$"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    When I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "DoCanary"}
      """
    Then the response status-code must be 200
    And the response must be served by the "httpbun-canary" service
    And I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "Docanary"}
      """
    And the response status-code must be 200
    And the response must be served by the "httpbun" service
    And I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "always"}
      """
    And the response status-code must be 200
    And the response must be served by the "httpbun" service

  # canary.go It("should route requests to the correct upstream")
  Scenario: canary-by-header-value wins over the pattern
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "CanaryByHeader"
        nginx.ingress.kubernetes.io/canary-by-header-value: "DoCanary"
        nginx.ingress.kubernetes.io/canary-by-header-pattern: "^Do[A-Z][a-z]+y$"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    When I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "DoCananry"}
      """
    Then the response status-code must be 200
    And the response must be served by the "httpbun" service
    And I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "DoCanary"}
      """
    And the response status-code must be 200
    And the response must be served by the "httpbun-canary" service

  # canary.go It("should routes to mainline upstream when the given Regex causes error"): ingress-nginx
  # accepts the pattern and fails at request time (requests with the header go to the main Service);
  # ingressc refuses a pattern outside its portable subset at compile time (IC2243), located.
  Scenario: an invalid canary-by-header-pattern is refused (should routes to mainline upstream when the given Regex causes error)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource in a new random namespace should not create
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "CanaryByHeader"
        nginx.ingress.kubernetes.io/canary-by-header-pattern: "[][**da?$&*"
        nginx.ingress.kubernetes.io/canary-by-cookie: "CanaryByCookie"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """

  # canary.go It("should route requests to the correct upstream")
  Scenario: a header that decides nothing falls through to the cookie
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "CanaryByHeader"
        nginx.ingress.kubernetes.io/canary-by-header-value: "DoCanary"
        nginx.ingress.kubernetes.io/canary-by-cookie: "CanaryByCookie"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    When I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "otherheadervalue", "Cookie": "CanaryByCookie=always"}
      """
    Then the response status-code must be 200
    And the response must be served by the "httpbun-canary" service
    And I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "DoCanary", "Cookie": "CanaryByCookie=never"}
      """
    And the response status-code must be 200
    And the response must be served by the "httpbun-canary" service

  # canary.go It("respects always and never values")
  Scenario: canary-by-cookie: always, never, anything else
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-cookie: "Canary-By-Cookie"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    When I send 50 "GET" requests to "http://foo/info" with header
      """
      {"Cookie": "Canary-By-Cookie=always"}
      """
    Then every response must be served by the "httpbun-canary" service
    And I send 50 "GET" requests to "http://foo/info" with header
      """
      {"Cookie": "Canary-By-Cookie=never"}
      """
    And every response must be served by the "httpbun" service
    And I send 50 "GET" requests to "http://foo/info" with header
      """
      {"Cookie": "Canary-By-Cookie=badcookievalue"}
      """
    And every response must be served by the "httpbun" service
    And I send a "GET" request to "http://foo/info" with header
      """
      {"Cookie": "a=1; canary-by-cookie=always; b=2"}
      """
    And the response status-code must be 200
    And the response must be served by the "httpbun-canary" service
    And I send a "GET" request to "http://foo/info" with header
      """
      {"Cookie": "Canary-By-Cookie=never; Canary-By-Cookie=always"}
      """
    And the response status-code must be 200
    And the response must be served by the "httpbun" service

  # canary.go It("should route requests only to mainline if canary weight is 0")
  Scenario: weight 0 sends nothing to the canary
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-weight: "0"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    When I send 50 requests to "http://foo/info"
    Then every response must be served by the "httpbun" service

  # canary.go It("should route requests only to canary if canary weight is 100")
  Scenario: weight 100 sends everything to the canary
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-weight: "100"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    When I send 50 requests to "http://foo/info"
    Then every response must be served by the "httpbun-canary" service

  # canary.go It("should route requests only to canary if canary weight is equal to canary weight total")
  Scenario: weight equal to canary-weight-total sends everything to the canary
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-weight: "1000"
        nginx.ingress.kubernetes.io/canary-weight-total: "1000"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    When I send 50 requests to "http://foo/info"
    Then every response must be served by the "httpbun-canary" service

  # canary.go It("should route requests split between mainline and canary if canary weight is 50")
  Scenario: weight 50 splits the requests
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-weight: "50"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    When I send 200 requests to "http://foo/info"
    Then between 50 and 150 of the responses must be served by the "httpbun-canary" service
    And between 50 and 150 of the responses must be served by the "httpbun" service

  # canary.go It("should route requests split between mainline and canary if canary weight is 100 and weight total is 200")
  Scenario: weight 100 of 200 splits the requests
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-weight: "100"
        nginx.ingress.kubernetes.io/canary-weight-total: "200"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    When I send 200 requests to "http://foo/info"
    Then between 50 and 150 of the responses must be served by the "httpbun-canary" service
    And between 50 and 150 of the responses must be served by the "httpbun" service

  # canary.go It("should not use canary as a catch-all server"): the original checks nginx.conf text (the
  # catch-all server proxies to the main Service, not the canary). ingressc refuses a canary with a
  # spec.defaultBackend (IC3125): ingress-nginx would also split the catch-all backend, which no
  # target of ingressc can do.
  Scenario: a canary Ingress with a defaultBackend is refused (should not use canary as a catch-all server)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
    spec:
      defaultBackend:
        service:
          name: httpbun
          port:
            number: 80
    """
    And an Ingress resource in a new random namespace should not create
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "CanaryByHeader"
    spec:
      defaultBackend:
        service:
          name: httpbun-canary
          port:
            number: 80
    """

  # canary.go It("should not use canary with domain as a server")
  Scenario: a canary creates no host of its own
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "CanaryByHeader"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: bar
    spec:
      rules:
      - host: bar
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    When I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "always"}
      """
    Then the response status-code must be 404
    And I send a "GET" request to "http://bar/info" with header
      """
      {"CanaryByHeader": "always"}
      """
    And the response status-code must be 200
    And the response must be served by the "httpbun" service

  # canary.go It("does not crash when canary ingress has multiple paths to the same non-matching backend")
  Scenario: canary paths without a main path change nothing
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "CanaryByHeader"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /foo
            pathType: Prefix
            backend:
              service:
                name: httpy-svc-canary
                port:
                  number: 80
          - path: /bar
            pathType: Prefix
            backend:
              service:
                name: httpy-svc-canary
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    When I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "always"}
      """
    Then the response status-code must be 200
    And the response must be served by the "httpbun" service
    And I send a "GET" request to "http://foo/foo" with header
      """
      {"CanaryByHeader": "always"}
      """
    And the response status-code must be 404

  # not an e2e case: It("(controller.go mergeAlternativeBackends; balancer.lua)")
  Scenario: the canary splits every path of the main Service (ingress-nginx attaches it to the backend)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
          - path: /other
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "CanaryByHeader"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    When I send a "GET" request to "http://foo/other" with header
      """
      {"CanaryByHeader": "always"}
      """
    Then the response status-code must be 200
    And the response must be served by the "httpbun-canary" service
    And I send a "GET" request to "http://foo/other"
    And the response status-code must be 200
    And the response must be served by the "httpbun" service

  # provider_ingressnginx_test.go TestIngressNGINXCanary t.Run("base canary"): 200 runs, 10% to 30% on the canary; here 8 to 80 of 200 (20% ± more than 5 standard deviations).
  Scenario: weight 20 sends about a fifth to the canary (ingress2gateway base canary)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo1
    spec:
      rules:
      - host: canary.example.com
        http:
          paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo2
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-weight: "20"
    spec:
      rules:
      - host: canary.example.com
        http:
          paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    When I send 200 requests to "http://canary.example.com/hostname"
    Then between 8 and 80 of the responses must be served by the "httpbun-canary" service

  # provider_ingressnginx_test.go TestIngressNGINXCanary t.Run("canary by header at path")
  Scenario: canary by header at a path (ingress2gateway canary by header at path)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: main
    spec:
      rules:
      - host: canary.example.com
        http:
          paths:
          - path: /hostname
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: canary-header
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "X-Canary"
    spec:
      rules:
      - host: canary.example.com
        http:
          paths:
          - path: /hostname
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    When I send a "GET" request to "http://canary.example.com/hostname" with header
      """
      {"X-Canary": "always"}
      """
    Then the response status-code must be 200
    And the response must be served by the "httpbun-canary" service
    And I send a "GET" request to "http://canary.example.com/hostname"
    And the response status-code must be 200
    And the response must be served by the "httpbun" service

  # provider_ingressnginx_test.go TestIngressNGINXCanary t.Run("canary weight and header combined")
  Scenario: the header beats the weight (ingress2gateway canary weight and header combined)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: prod
    spec:
      rules:
      - host: canary.example.com
        http:
          paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: canary-combined
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-weight: "20"
        nginx.ingress.kubernetes.io/canary-by-header: "X-Canary"
    spec:
      rules:
      - host: canary.example.com
        http:
          paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    When I send 50 "GET" requests to "http://canary.example.com/hostname" with header
      """
      {"X-Canary": "always"}
      """
    Then every response must be served by the "httpbun-canary" service
    And I send 50 "GET" requests to "http://canary.example.com/hostname" with header
      """
      {"X-Canary": "never"}
      """
    And every response must be served by the "httpbun" service
    And I send 200 requests to "http://canary.example.com/hostname"
    And between 8 and 80 of the responses must be served by the "httpbun-canary" service

  # Not an e2e case: annotations.md "Canary" (a canary request is served through the main Ingress's
  # location, so it gets that location's rewrite and upstream Host).
  Scenario: canary requests get the main Ingress's rewrite and upstream Host
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
      annotations:
        nginx.ingress.kubernetes.io/rewrite-target: "/new"
        nginx.ingress.kubernetes.io/upstream-vhost: "up.example"
        nginx.ingress.kubernetes.io/proxy-read-timeout: "30"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "CanaryByHeader"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    When I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "always"}
      """
    Then the response status-code must be 200
    And the response must be served by the "httpbun-canary" service
    And the request path must be "/new"
    And the request host must be "up.example"
    When I send a "GET" request to "http://foo/info"
    Then the response status-code must be 200
    And the response must be served by the "httpbun" service
    And the request path must be "/new"
    And the request host must be "up.example"

  # Not an e2e case: annotations.md "Canary": the main Ingress's access rules guard canary requests too.
  Scenario: canary requests get the main Ingress's allow-list
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
      annotations:
        nginx.ingress.kubernetes.io/allowlist-source-range: "10.0.0.0/8"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-weight: "100"
        nginx.ingress.kubernetes.io/canary-by-header: "CanaryByHeader"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    When I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "always"}
      """
    Then the response status-code must be 403
    When I send a "GET" request to "http://foo/info"
    Then the response status-code must be 403
    When I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "never"}
      """
    Then the response status-code must be 403

  # Not an e2e case: annotations.md "Canary": the main Ingress's allow-list admits canary requests too.
  Scenario: an allowed client reaches the canary through the main Ingress's allow-list
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
      annotations:
        nginx.ingress.kubernetes.io/allowlist-source-range: "127.0.0.0/8"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "CanaryByHeader"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    When I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "always"}
      """
    Then the response status-code must be 200
    And the response must be served by the "httpbun-canary" service
    When I send a "GET" request to "http://foo/info"
    Then the response status-code must be 200
    And the response must be served by the "httpbun" service

  # Not an e2e case: annotations.md "Canary": "all the other non-canary annotations will be ignored".
  Scenario: the canary Ingress's own allow-list and rewrite are ignored
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "CanaryByHeader"
        nginx.ingress.kubernetes.io/allowlist-source-range: "10.0.0.0/8"
        nginx.ingress.kubernetes.io/rewrite-target: "/elsewhere"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    When I send a "GET" request to "http://foo/info" with header
      """
      {"CanaryByHeader": "always"}
      """
    Then the response status-code must be 200
    And the response must be served by the "httpbun-canary" service
    And the request path must be "/info"

  # Not an e2e case: a canary-by-header-pattern with a counted repeat and an escaped dot reaches every
  # target's regex engine intact (Caddy would expand "{...}" placeholders in many fields, not here).
  Scenario: a header pattern with a counted repeat and an escaped dot
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "X-Version"
        nginx.ingress.kubernetes.io/canary-by-header-pattern: '^v[0-9]{2}\.x$'
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    When I send a "GET" request to "http://foo/info" with header
      """
      {"X-Version": "v12.x"}
      """
    Then the response status-code must be 200
    And the response must be served by the "httpbun-canary" service
    When I send a "GET" request to "http://foo/info" with header
      """
      {"X-Version": "v12ax"}
      """
    Then the response must be served by the "httpbun" service
    When I send a "GET" request to "http://foo/info" with header
      """
      {"X-Version": "v1.x"}
      """
    Then the response must be served by the "httpbun" service

  # canary.go Context("canary affinity behavior"), its three Its. Each It's Ingresses on a host and
  # Services of their own (foo: the default; sticky.foo: explicit sticky; legacy.foo: legacy), and
  # main.foo for the other half of balancer.lua's rule (last scenario), all eight in every scenario,
  # so the four scenarios share one proxy per target. Each main Ingress has affinity: cookie with
  # session-cookie-name aff; each canary canary-by-header ForceCanary: yes and a weight.
  # canary.go It("always routes traffic to canary if first request was affinitized to canary (default behavior)")
  Scenario: a client the canary served stays on the canary (canary affinity behavior, default)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "aff"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "ForceCanary"
        nginx.ingress.kubernetes.io/canary-by-header-value: "yes"
        nginx.ingress.kubernetes.io/canary-weight: "1"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-sticky
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "aff"
    spec:
      rules:
      - host: sticky.foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-sticky
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-sticky-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "ForceCanary"
        nginx.ingress.kubernetes.io/canary-by-header-value: "yes"
        nginx.ingress.kubernetes.io/canary-weight: "1"
        nginx.ingress.kubernetes.io/affinity-canary-behavior: "sticky"
    spec:
      rules:
      - host: sticky.foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-sticky-canary
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-legacy
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "aff"
    spec:
      rules:
      - host: legacy.foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-legacy
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-legacy-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "ForceCanary"
        nginx.ingress.kubernetes.io/canary-by-header-value: "yes"
        nginx.ingress.kubernetes.io/canary-weight: "50"
        nginx.ingress.kubernetes.io/affinity-canary-behavior: "legacy"
    spec:
      rules:
      - host: legacy.foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-legacy-canary
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-main
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "aff"
    spec:
      rules:
      - host: main.foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-main
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-main-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "ForceCanary"
        nginx.ingress.kubernetes.io/canary-by-header-value: "yes"
        nginx.ingress.kubernetes.io/canary-weight: "0"
    spec:
      rules:
      - host: main.foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-main-canary
                port:
                  number: 80
    """
    When I send a "GET" request to "http://foo/info" with header
      """
      {"ForceCanary": "yes"}
      """
    Then the response must be served by the "httpbun-canary" service
    And the response header "Set-Cookie" must contain "aff="
    When I send 50 "GET" requests to "http://foo/info" with the cookie "aff" from the last response
    Then every response must be served by the "httpbun-canary" service

  # canary.go It("always routes traffic to canary if first request was affinitized to canary (explicit sticky behavior)")
  Scenario: a client the canary served stays on the canary (canary affinity behavior, explicit sticky)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "aff"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "ForceCanary"
        nginx.ingress.kubernetes.io/canary-by-header-value: "yes"
        nginx.ingress.kubernetes.io/canary-weight: "1"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-sticky
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "aff"
    spec:
      rules:
      - host: sticky.foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-sticky
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-sticky-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "ForceCanary"
        nginx.ingress.kubernetes.io/canary-by-header-value: "yes"
        nginx.ingress.kubernetes.io/canary-weight: "1"
        nginx.ingress.kubernetes.io/affinity-canary-behavior: "sticky"
    spec:
      rules:
      - host: sticky.foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-sticky-canary
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-legacy
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "aff"
    spec:
      rules:
      - host: legacy.foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-legacy
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-legacy-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "ForceCanary"
        nginx.ingress.kubernetes.io/canary-by-header-value: "yes"
        nginx.ingress.kubernetes.io/canary-weight: "50"
        nginx.ingress.kubernetes.io/affinity-canary-behavior: "legacy"
    spec:
      rules:
      - host: legacy.foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-legacy-canary
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-main
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "aff"
    spec:
      rules:
      - host: main.foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-main
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-main-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "ForceCanary"
        nginx.ingress.kubernetes.io/canary-by-header-value: "yes"
        nginx.ingress.kubernetes.io/canary-weight: "0"
    spec:
      rules:
      - host: main.foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-main-canary
                port:
                  number: 80
    """
    When I send a "GET" request to "http://sticky.foo/info" with header
      """
      {"ForceCanary": "yes"}
      """
    Then the response must be served by the "httpbun-sticky-canary" service
    And the response header "Set-Cookie" must contain "aff="
    When I send 50 "GET" requests to "http://sticky.foo/info" with the cookie "aff" from the last response
    Then every response must be served by the "httpbun-sticky-canary" service

  # canary.go It("routes traffic to either mainline or canary backend (legacy behavior)"): the canary
  # sets no affinity cookie, and TestMainlineCanaryDistribution's 200 requests (no cookie) reach both
  # Services (the original wants at least 40% each; here the weighted cases' wider band)
  Scenario: with legacy the canary is not sticky (canary affinity behavior, legacy)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "aff"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "ForceCanary"
        nginx.ingress.kubernetes.io/canary-by-header-value: "yes"
        nginx.ingress.kubernetes.io/canary-weight: "1"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-sticky
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "aff"
    spec:
      rules:
      - host: sticky.foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-sticky
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-sticky-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "ForceCanary"
        nginx.ingress.kubernetes.io/canary-by-header-value: "yes"
        nginx.ingress.kubernetes.io/canary-weight: "1"
        nginx.ingress.kubernetes.io/affinity-canary-behavior: "sticky"
    spec:
      rules:
      - host: sticky.foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-sticky-canary
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-legacy
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "aff"
    spec:
      rules:
      - host: legacy.foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-legacy
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-legacy-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "ForceCanary"
        nginx.ingress.kubernetes.io/canary-by-header-value: "yes"
        nginx.ingress.kubernetes.io/canary-weight: "50"
        nginx.ingress.kubernetes.io/affinity-canary-behavior: "legacy"
    spec:
      rules:
      - host: legacy.foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-legacy-canary
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-main
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "aff"
    spec:
      rules:
      - host: main.foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-main
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-main-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "ForceCanary"
        nginx.ingress.kubernetes.io/canary-by-header-value: "yes"
        nginx.ingress.kubernetes.io/canary-weight: "0"
    spec:
      rules:
      - host: main.foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-main-canary
                port:
                  number: 80
    """
    When I send a "GET" request to "http://legacy.foo/info" with header
      """
      {"ForceCanary": "yes"}
      """
    Then the response must be served by the "httpbun-legacy-canary" service
    And the response header "Set-Cookie" must not contain "aff="
    When I send 200 requests to "http://legacy.foo/info"
    Then between 50 and 150 of the responses must be served by the "httpbun-legacy-canary" service
    And between 50 and 150 of the responses must be served by the "httpbun-legacy" service

  # Not an It of canary.go: the first test of balancer.lua route_to_alternative_balancer (the main
  # balancer's is_affinitized() keeps a client the main Service served there, before the header)
  Scenario: a client the main Service served stays there despite the canary header (canary affinity behavior, main first)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "aff"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "ForceCanary"
        nginx.ingress.kubernetes.io/canary-by-header-value: "yes"
        nginx.ingress.kubernetes.io/canary-weight: "1"
    spec:
      rules:
      - host: foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-canary
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-sticky
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "aff"
    spec:
      rules:
      - host: sticky.foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-sticky
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-sticky-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "ForceCanary"
        nginx.ingress.kubernetes.io/canary-by-header-value: "yes"
        nginx.ingress.kubernetes.io/canary-weight: "1"
        nginx.ingress.kubernetes.io/affinity-canary-behavior: "sticky"
    spec:
      rules:
      - host: sticky.foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-sticky-canary
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-legacy
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "aff"
    spec:
      rules:
      - host: legacy.foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-legacy
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-legacy-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "ForceCanary"
        nginx.ingress.kubernetes.io/canary-by-header-value: "yes"
        nginx.ingress.kubernetes.io/canary-weight: "50"
        nginx.ingress.kubernetes.io/affinity-canary-behavior: "legacy"
    spec:
      rules:
      - host: legacy.foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-legacy-canary
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-main
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "aff"
    spec:
      rules:
      - host: main.foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-main
                port:
                  number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo-main-canary
      annotations:
        nginx.ingress.kubernetes.io/canary: "true"
        nginx.ingress.kubernetes.io/canary-by-header: "ForceCanary"
        nginx.ingress.kubernetes.io/canary-by-header-value: "yes"
        nginx.ingress.kubernetes.io/canary-weight: "0"
    spec:
      rules:
      - host: main.foo
        http:
          paths:
          - path: /info
            pathType: Prefix
            backend:
              service:
                name: httpbun-main-canary
                port:
                  number: 80
    """
    When I send a "GET" request to "http://main.foo/info"
    Then the response must be served by the "httpbun-main" service
    And the response header "Set-Cookie" must contain "aff="
    When I send 20 "GET" requests to "http://main.foo/info" with the cookie "aff" from the last response and header
      """
      {"ForceCanary": "yes"}
      """
    Then every response must be served by the "httpbun-main" service
