# Ported from ingress-nginx v1.15.1 test/e2e/annotations/redirect.go (DescribeAnnotation
# "permanent-redirect permanent-redirect-code") and from ingress2gateway's
# provider_ingressnginx_test.go TestIngressNGINXRedirect (its random suffixes fixed here). Like
# ingress-nginx's e2e client, the suite reads the first response (no redirect is followed). The
# nginx.conf checks (`return 301 <url>;`) are the behaviour asserted: the URL is the Location,
# verbatim, without the request URI appended.
Feature: ingress-nginx permanent-redirect and temporal-redirect

  # redirect.go It("should respond with a standard redirect code")
  Scenario: the default code is 301 (should respond with a standard redirect code)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: redirect
      annotations:
        nginx.ingress.kubernetes.io/permanent-redirect: http://redirect.example.com
    spec:
      rules:
        - host: redirect
          http:
            paths:
              - path: /something
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://redirect/something"
    Then the response status-code must be 301
    And the response location must be "http://redirect.example.com"

  # redirect.go It("should respond with a custom redirect code")
  Scenario: permanent-redirect-code 302 (should respond with a custom redirect code)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: redirect
      annotations:
        nginx.ingress.kubernetes.io/permanent-redirect: http://redirect.example.com
        nginx.ingress.kubernetes.io/permanent-redirect-code: "302"
    spec:
      rules:
        - host: redirect
          http:
            paths:
              - path: /something
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://redirect/something"
    Then the response status-code must be 302
    And the response location must be "http://redirect.example.com"

  # provider_ingressnginx_test.go t.Run("permanent redirect")
  Scenario: a URL with a path (permanent redirect)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: permanent-redirect
      annotations:
        nginx.ingress.kubernetes.io/permanent-redirect: https://new-site-x1.example.com/new-path/
    spec:
      rules:
        - http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://any.example.com/"
    Then the response status-code must be 301
    And the response location must be "https://new-site-x1.example.com/new-path/"

  # provider_ingressnginx_test.go t.Run("temporal redirect")
  Scenario: temporal-redirect answers 302 (temporal redirect)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: temporal-redirect
      annotations:
        nginx.ingress.kubernetes.io/temporal-redirect: https://temp-site-x1.example.com/temp-path/
    spec:
      rules:
        - http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://any.example.com/"
    Then the response status-code must be 302
    And the response location must be "https://temp-site-x1.example.com/temp-path/"

  # provider_ingressnginx_test.go t.Run("permanent redirect with supported custom code")
  Scenario: permanent-redirect-code 301 (permanent redirect with supported custom code)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: permanent-redirect-301
      annotations:
        nginx.ingress.kubernetes.io/permanent-redirect: https://custom-code-x1.example.com/path/
        nginx.ingress.kubernetes.io/permanent-redirect-code: "301"
    spec:
      rules:
        - http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://any.example.com/"
    Then the response status-code must be 301
    And the response location must be "https://custom-code-x1.example.com/path/"

  # provider_ingressnginx_test.go t.Run("temporal redirect with supported custom code")
  Scenario: temporal-redirect-code 302 (temporal redirect with supported custom code)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: temporal-redirect-302
      annotations:
        nginx.ingress.kubernetes.io/temporal-redirect: https://custom-temp-x1.example.com/path/
        nginx.ingress.kubernetes.io/temporal-redirect-code: "302"
    spec:
      rules:
        - http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://any.example.com/"
    Then the response status-code must be 302
    And the response location must be "https://custom-temp-x1.example.com/path/"

  # provider_ingressnginx_test.go t.Run("redirect with scheme and hostname only")
  Scenario: the request path is not appended (redirect with scheme and hostname only)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: redirect-hostname-only
      annotations:
        nginx.ingress.kubernetes.io/permanent-redirect: https://another-domain.example.com/
    spec:
      rules:
        - http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://any.example.com/some/path"
    Then the response status-code must be 301
    And the response location must be "https://another-domain.example.com/"

  # provider_ingressnginx_test.go t.Run("redirect with port")
  Scenario: a URL with a port (redirect with port)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: redirect-with-port
      annotations:
        nginx.ingress.kubernetes.io/temporal-redirect: https://custom-port-x1.example.com:8443/secure/
    spec:
      rules:
        - http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://any.example.com/"
    Then the response status-code must be 302
    And the response location must be "https://custom-port-x1.example.com:8443/secure/"

  # provider_ingressnginx_test.go t.Run("both redirect annotations - temporal takes priority")
  Scenario: temporal-redirect wins (both redirect annotations - temporal takes priority)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: both-redirects
      annotations:
        nginx.ingress.kubernetes.io/permanent-redirect: https://permanent-x1.example.com/path/
        nginx.ingress.kubernetes.io/temporal-redirect: https://temporal-x1.example.com/path/
    spec:
      rules:
        - http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://any.example.com/"
    Then the response status-code must be 302
    And the response location must be "https://temporal-x1.example.com/path/"

  # redirect.go (ingress-nginx's parser) not an e2e case: permanent-redirect-code 308 is in its range 300-308
  Scenario: permanent-redirect-code 308 (not an e2e case: permanent-redirect-code 308 is in its range 300-308)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: p308
      annotations:
        nginx.ingress.kubernetes.io/permanent-redirect: https://elsewhere.example.com/x?a=1
        nginx.ingress.kubernetes.io/permanent-redirect-code: "308"
    spec:
      rules:
        - host: p308.example.com
          http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://p308.example.com/"
    Then the response status-code must be 308
    And the response location must be "https://elsewhere.example.com/x?a=1"

  # redirect.go (ingress-nginx's parser) not an e2e case: a code outside 300-308 falls back to 301
  Scenario: permanent-redirect-code 400 gives 301 (not an e2e case: a code outside 300-308 falls back to 301)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: p400
      annotations:
        nginx.ingress.kubernetes.io/permanent-redirect: https://elsewhere.example.com/
        nginx.ingress.kubernetes.io/permanent-redirect-code: "400"
    spec:
      rules:
        - host: p400.example.com
          http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://p400.example.com/"
    Then the response status-code must be 301
    And the response location must be "https://elsewhere.example.com/"

  # redirect.go (ingress-nginx's parser) not an e2e case: temporal-redirect-code 307 is in its range 300-307
  Scenario: temporal-redirect-code 307 (not an e2e case: temporal-redirect-code 307 is in its range 300-307)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: t307
      annotations:
        nginx.ingress.kubernetes.io/temporal-redirect: https://elsewhere.example.com/
        nginx.ingress.kubernetes.io/temporal-redirect-code: "307"
    spec:
      rules:
        - host: t307.example.com
          http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://t307.example.com/"
    Then the response status-code must be 307
    And the response location must be "https://elsewhere.example.com/"

  # redirect.go (ingress-nginx's parser) not an e2e case: temporal-redirect-code 308 is outside 300-307 and falls back to 302
  Scenario: temporal-redirect-code 308 gives 302 (not an e2e case: temporal-redirect-code 308 is outside 300-307 and falls back to 302)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: t308
      annotations:
        nginx.ingress.kubernetes.io/temporal-redirect: https://elsewhere.example.com/
        nginx.ingress.kubernetes.io/temporal-redirect-code: "308"
    spec:
      rules:
        - host: t308.example.com
          http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://t308.example.com/"
    Then the response status-code must be 302
    And the response location must be "https://elsewhere.example.com/"

  # Not an e2e case: the redirect is per location; another Ingress's path on the host is proxied.
  Scenario: only the Ingress's own paths redirect (redirect.go: a location-scoped annotation)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: redirect
      annotations:
        nginx.ingress.kubernetes.io/permanent-redirect: http://redirect.example.com
    spec:
      rules:
        - host: redirect
          http:
            paths:
              - path: /something
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: plain
    spec:
      rules:
        - host: redirect
          http:
            paths:
              - path: /other
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://redirect/other"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    When I send a "GET" request to "http://redirect/something/deeper"
    Then the response status-code must be 301
    And the response location must be "http://redirect.example.com"
