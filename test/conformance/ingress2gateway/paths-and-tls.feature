# Ported from kubernetes-sigs/ingress2gateway @ 89ab0cdd, provider_ingressnginx_test.go: its end-to-end
# expectations for Ingresses of the ingress-nginx class (each case ran the converted Gateway API objects
# on Istio and sent HTTP requests). Here every target runs the Ingress itself; the expectation is the
# same HTTP behaviour. framework.BasicIngress() is one Ingress with path "/" (Prefix) to an echo
# Service; a HTTPRequestVerifier without AllowedCodes expects 200 from that Ingress's backend.
# The suite's default class is ingress-nginx's. Cases of other families (canary, CORS, redirects,
# app-root, backend TLS, ssl-passthrough) are ported with those families.
Feature: ingress2gateway expectations for ingress-nginx paths, rewrites and TLS

  # TestIngressNGINX "basic conversion": rewrite-target "/header" with x-forwarded-prefix "/abc" on
  # path /abc; the verifier finds "X-Forwarded-Prefix":["/abc"] in the echoed request.
  Scenario: rewrite-target with x-forwarded-prefix (basic conversion)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo1
      annotations:
        nginx.ingress.kubernetes.io/rewrite-target: /header
        nginx.ingress.kubernetes.io/x-forwarded-prefix: /abc
    spec:
      rules:
        - host: i2g-basic.example.com
          http:
            paths:
              - path: "/abc"
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://i2g-basic.example.com/abc"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the request path must be "/header"
    And the request headers must contain <key> with matching <value>
      | key                | value |
      | X-Forwarded-Prefix | /abc  |

  # TestIngressNGINXTLS "tls ingress and gateway": HTTPS is served with the Secret's certificate,
  # plain HTTP gets 308 with Location matching ^https://HOST/?$ (ssl-redirect defaults to true with tls;
  # ingress-nginx drops the URI's final "/", Gateway API keeps it: the original accepts both).
  Scenario: a TLS host is served over HTTPS and redirected from HTTP (tls ingress and gateway)
    Given a self-signed TLS secret named "i2g-tls" for the "i2g-tls.example.com" hostname
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
    spec:
      tls:
        - hosts:
            - i2g-tls.example.com
          secretName: i2g-tls
      rules:
        - host: i2g-tls.example.com
          http:
            paths:
              - path: "/"
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "https://i2g-tls.example.com/"
    Then the secure connection must verify the "i2g-tls.example.com" hostname
    And the response status-code must be 200
    And the response must be served by the "echo" service
    When I send a "GET" request to "http://i2g-tls.example.com/"
    Then the response status-code must be 308
    And the response location must match "^https://i2g-tls\.example\.com/?$"

  # TestIngressNGINXRegex "host-level matching": use-regex on one Ingress puts the whole host in regex
  # mode; the other Ingress's Exact "/hoSTn" becomes a case-insensitive prefix regex and serves
  # "/hostname"; "/cliEnt.+" serves "/clientip".
  Scenario: use-regex makes every path of the host a case-insensitive prefix regex (host-level matching)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: plain
    spec:
      rules:
        - host: i2g-regex.example.com
          http:
            paths:
              - path: "/hoSTn"
                pathType: Exact
                backend:
                  service:
                    name: plain
                    port:
                      number: 80
    """
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: regex
      annotations:
        nginx.ingress.kubernetes.io/use-regex: "true"
    spec:
      rules:
        - host: i2g-regex.example.com
          http:
            paths:
              - path: "/cliEnt.+"
                pathType: ImplementationSpecific
                backend:
                  service:
                    name: regex
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://i2g-regex.example.com/hostname"
    Then the response status-code must be 200
    And the response must be served by the "plain" service
    When I send a "GET" request to "http://i2g-regex.example.com/clientip"
    Then the response status-code must be 200
    And the response must be served by the "regex" service

  # TestIngressNGINXRegex "rewrite-target implies host-level matching": as above, the rewrite
  # Ingress (rewrite-target "/") alone switches the host to regex mode.
  Scenario: rewrite-target alone puts the host in regex mode (rewrite-target implies host-level matching)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: plain
    spec:
      rules:
        - host: i2g-rewrite.example.com
          http:
            paths:
              - path: "/hostn"
                pathType: Exact
                backend:
                  service:
                    name: plain
                    port:
                      number: 80
    """
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: rewrite-regex
      annotations:
        nginx.ingress.kubernetes.io/rewrite-target: /
    spec:
      rules:
        - host: i2g-rewrite.example.com
          http:
            paths:
              - path: "/client.+"
                pathType: ImplementationSpecific
                backend:
                  service:
                    name: rewrite
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://i2g-rewrite.example.com/hostname"
    Then the response status-code must be 200
    And the response must be served by the "plain" service
    When I send a "GET" request to "http://i2g-rewrite.example.com/clientip"
    Then the response status-code must be 200
    And the response must be served by the "rewrite" service
    And the request path must be "/"

  # TestIngressNGINXRegex "regex ending with dollar matches only exact path": "/$" serves "/" only.
  Scenario: a regex ending with "$" matches only that path (regex ending with dollar matches only exact path)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: dollar
      annotations:
        nginx.ingress.kubernetes.io/use-regex: "true"
    spec:
      rules:
        - host: i2g-dollar.example.com
          http:
            paths:
              - path: "/$"
                pathType: ImplementationSpecific
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://i2g-dollar.example.com/"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    When I send a "GET" request to "http://i2g-dollar.example.com/hostname"
    Then the response status-code must be 404
    When I send a "GET" request to "http://i2g-dollar.example.com/hostname/"
    Then the response status-code must be 404
