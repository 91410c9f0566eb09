# Ported from ingress2gateway's provider_ingressnginx_test.go TestIngressNGINXSSLPassthrough
# (t.Run("basic ssl passthrough creates TLSRoute"), t.Run("mixed termination: passthrough host and
# normal HTTPS host on same gateway"), t.Run("multiple passthrough hosts on same gateway"),
# t.Run("shared host preserves multiple non-passthrough paths")), whose verifiers make an HTTPS
# request trusting only the backend's own certificate; and ingress-nginx
# v1.15.1 docs user-guide/nginx-configuration/annotations.md "SSL Passthrough" (TLS goes to the
# backend undecrypted; needs --enable-ssl-passthrough) with controller.go getConfiguration (the
# "/" location's backend; "Ignoring SSL Passthrough for location" for the others). ingress-nginx's
# own e2e test of the controller flag (test/e2e/settings/ssl_passthrough.go) is not among the
# ported peer suites. Here the passthrough backends are echoes that terminate TLS themselves with
# the suite's certificate for their host, which no Secret of the scenario names: a response over
# HTTPS verifying that host came through undecrypted. A second path of the host ("/other", another
# Service) shows that paths are not looked at for TLS, and still are for plain HTTP.
Feature: ingress-nginx ssl-passthrough

  # t.Run("basic ssl passthrough creates TLSRoute")
  Scenario: the passthrough host's TLS reaches the backend undecrypted (basic ssl passthrough)
    Given the "tls-echo" service terminates TLS itself with a certificate for the "ssl-pt.example.com" hostname
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: ssl-passthrough
      annotations:
        nginx.ingress.kubernetes.io/ssl-passthrough: "true"
    spec:
      rules:
        - host: ssl-pt.example.com
          http:
            paths:
              - path: /other
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: tls-echo
                    port:
                      number: 443
    """
    When I send a "GET" request to "https://ssl-pt.example.com/other/x"
    Then the response status-code must be 200
    And the response must be served by the "tls-echo" service
    And the secure connection must verify the "ssl-pt.example.com" hostname
    And the request path must be "/other/x"

  # Not an e2e case: the host's HTTP server stays (controller.go renders it), so plain HTTP is routed by path.
  Scenario: plain HTTP to the passthrough host is routed by path
    Given the "tls-echo" service terminates TLS itself with a certificate for the "ssl-pt.example.com" hostname
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: ssl-passthrough
      annotations:
        nginx.ingress.kubernetes.io/ssl-passthrough: "true"
    spec:
      rules:
        - host: ssl-pt.example.com
          http:
            paths:
              - path: /other
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: tls-echo
                    port:
                      number: 443
    """
    When I send a "GET" request to "http://ssl-pt.example.com/other/x"
    Then the response status-code must be 200
    And the response must be served by the "echo" service

  # t.Run("mixed termination: passthrough host and normal HTTPS host on same gateway")
  Scenario: a passthrough host and a terminated HTTPS host share the port (mixed termination)
    Given the "tls-echo" service terminates TLS itself with a certificate for the "ssl-pt-mixed-term-pt.example.com" hostname
    And a self-signed TLS secret named "normal-tls" for the "ssl-pt-mixed-term-normal.example.com" hostname
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: mixed-term-passthrough
      annotations:
        nginx.ingress.kubernetes.io/ssl-passthrough: "true"
    spec:
      rules:
        - host: ssl-pt-mixed-term-pt.example.com
          http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: tls-echo
                    port:
                      number: 443
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: mixed-term-normal
    spec:
      tls:
        - hosts:
            - ssl-pt-mixed-term-normal.example.com
          secretName: normal-tls
      rules:
        - host: ssl-pt-mixed-term-normal.example.com
          http:
            paths:
              - path: /hostname
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "https://ssl-pt-mixed-term-pt.example.com/"
    Then the response status-code must be 200
    And the response must be served by the "tls-echo" service
    And the secure connection must verify the "ssl-pt-mixed-term-pt.example.com" hostname
    When I send a "GET" request to "https://ssl-pt-mixed-term-normal.example.com/hostname"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the secure connection must verify the "ssl-pt-mixed-term-normal.example.com" hostname

  # t.Run("multiple passthrough hosts on same gateway")
  Scenario: two passthrough hosts each reach their own backend (multiple passthrough hosts)
    Given the "tls-echo-a" service terminates TLS itself with a certificate for the "ssl-pt-multi-a.example.com" hostname
    And the "tls-echo-b" service terminates TLS itself with a certificate for the "ssl-pt-multi-b.example.com" hostname
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: multi-passthrough-a
      annotations:
        nginx.ingress.kubernetes.io/ssl-passthrough: "true"
    spec:
      rules:
        - host: ssl-pt-multi-a.example.com
          http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: tls-echo-a
                    port:
                      number: 443
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: multi-passthrough-b
      annotations:
        nginx.ingress.kubernetes.io/ssl-passthrough: "true"
    spec:
      rules:
        - host: ssl-pt-multi-b.example.com
          http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: tls-echo-b
                    port:
                      number: 443
    """
    When I send a "GET" request to "https://ssl-pt-multi-a.example.com/"
    Then the response status-code must be 200
    And the response must be served by the "tls-echo-a" service
    And the secure connection must verify the "ssl-pt-multi-a.example.com" hostname
    When I send a "GET" request to "https://ssl-pt-multi-b.example.com/"
    Then the response status-code must be 200
    And the response must be served by the "tls-echo-b" service
    And the secure connection must verify the "ssl-pt-multi-b.example.com" hostname

  # t.Run("shared host preserves multiple non-passthrough paths")
  Scenario: a passthrough host keeps the plain-HTTP paths of other Ingresses (shared host preserves multiple non-passthrough paths)
    Given the "tls-echo" service terminates TLS itself with a certificate for the "ssl-pt-multi-path.example.com" hostname
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: multi-path-passthrough
      annotations:
        nginx.ingress.kubernetes.io/ssl-passthrough: "true"
    spec:
      rules:
        - host: ssl-pt-multi-path.example.com
          http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: tls-echo
                    port:
                      number: 443
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: multi-path-normal-a
    spec:
      rules:
        - host: ssl-pt-multi-path.example.com
          http:
            paths:
              - path: /path-a
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
      name: multi-path-normal-b
    spec:
      rules:
        - host: ssl-pt-multi-path.example.com
          http:
            paths:
              - path: /path-b
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "https://ssl-pt-multi-path.example.com/"
    Then the response status-code must be 200
    And the response must be served by the "tls-echo" service
    And the secure connection must verify the "ssl-pt-multi-path.example.com" hostname
    When I send a "GET" request to "http://ssl-pt-multi-path.example.com/path-a"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    When I send a "GET" request to "http://ssl-pt-multi-path.example.com/path-b"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
