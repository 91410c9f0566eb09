# Ported from ingress-nginx v1.15.1 test/e2e/annotations/approot.go (DescribeAnnotation "app-root")
# and ingress2gateway's provider_ingressnginx_test.go TestIngressNGINXAppRoot. nginx.tmpl writes
# `if ($uri = /) { return 302 $scheme://$http_host<app-root>; }` once per server: the nginx.conf
# check becomes its behaviour (302, Location = scheme + Host header as sent + app-root). The
# suite reads the first response, as ingress-nginx's e2e client does.
Feature: ingress-nginx app-root

  # approot.go It("should redirect to /foo")
  Scenario: "/" redirects to the app root (should redirect to /foo)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: approot
      annotations:
        nginx.ingress.kubernetes.io/app-root: /foo
    spec:
      rules:
        - host: approot.bar.com
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
    When I send a "GET" request to "http://approot.bar.com/"
    Then the response status-code must be 302
    And the response location must be "http://approot.bar.com/foo"

  # provider_ingressnginx_test.go t.Run("root path redirects to app-root")
  Scenario: other paths are proxied (root path redirects to app-root)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: approot
      annotations:
        nginx.ingress.kubernetes.io/app-root: /dashboard
    spec:
      rules:
        - host: approot-x1.example.com
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
    When I send a "GET" request to "http://approot-x1.example.com/"
    Then the response status-code must be 302
    And the response location must be "http://approot-x1.example.com/dashboard"
    When I send a "GET" request to "http://approot-x1.example.com/hostname"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the request path must be "/hostname"

  # provider_ingressnginx_test.go t.Run("exact root path redirects to app-root")
  Scenario: an Exact "/" path redirects too (exact root path redirects to app-root)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: approot-exact
      annotations:
        nginx.ingress.kubernetes.io/app-root: /app1
    spec:
      rules:
        - host: approot-exact-x1.example.com
          http:
            paths:
              - path: /
                pathType: Exact
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://approot-exact-x1.example.com/"
    Then the response status-code must be 302
    And the response location must be "http://approot-exact-x1.example.com/app1"

  # provider_ingressnginx_test.go t.Run("no root path still redirects to app-root")
  Scenario: the check is server-wide (no root path still redirects to app-root)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: approot-noroot
      annotations:
        nginx.ingress.kubernetes.io/app-root: /app1
    spec:
      rules:
        - host: approot-noroot-x1.example.com
          http:
            paths:
              - path: /foo
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://approot-noroot-x1.example.com/"
    Then the response status-code must be 302
    And the response location must be "http://approot-noroot-x1.example.com/app1"
    When I send a "GET" request to "http://approot-noroot-x1.example.com/foo"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the request path must be "/foo"

  # provider_ingressnginx_test.go t.Run("absolute URL app-root is ignored")
  Scenario: an absolute URL is ignored (absolute URL app-root is ignored)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: approot-abs
      annotations:
        nginx.ingress.kubernetes.io/app-root: https://example.com/landing
    spec:
      rules:
        - host: approot-abs-x1.example.com
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
    When I send a "GET" request to "http://approot-abs-x1.example.com/"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the request path must be "/"

  # provider_ingressnginx_test.go t.Run("app-root with separate app1 backend")
  Scenario: the app root may be another Ingress's path (app-root with separate app1 backend)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: approot-main
      annotations:
        nginx.ingress.kubernetes.io/app-root: /app1
    spec:
      rules:
        - host: approot-multi-x1.example.com
          http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: app-one
                    port:
                      number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: approot-app1
    spec:
      rules:
        - host: approot-multi-x1.example.com
          http:
            paths:
              - path: /app1
                pathType: Prefix
                backend:
                  service:
                    name: app-two
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://approot-multi-x1.example.com/"
    Then the response status-code must be 302
    And the response location must be "http://approot-multi-x1.example.com/app1"
    When I send a "GET" request to "http://approot-multi-x1.example.com/app1"
    Then the response status-code must be 200
    And the response must be served by the "app-two" service

  # ingressc: nginx.tmpl's `if ($uri = /)` is the server's, before any location: in ingress-nginx's
  # regex mode (use-regex) "/" still redirects, and every other path goes to its regex location.
  Scenario: app-root on a host in regex mode (use-regex)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: approot-regex
      annotations:
        nginx.ingress.kubernetes.io/app-root: /foo
        nginx.ingress.kubernetes.io/use-regex: "true"
    spec:
      rules:
        - host: approot-regex.bar.com
          http:
            paths:
              - path: /
                pathType: ImplementationSpecific
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
              - path: /api/[0-9]+
                pathType: ImplementationSpecific
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://approot-regex.bar.com/"
    Then the response status-code must be 302
    And the response location must be "http://approot-regex.bar.com/foo"
    When I send a "GET" request to "http://approot-regex.bar.com/api/12"
    Then the response status-code must be 200
    And the request path must be "/api/12"
    When I send a "GET" request to "http://approot-regex.bar.com/foo"
    Then the response status-code must be 200
    And the request path must be "/foo"
