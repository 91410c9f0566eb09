# Ported from ingress-nginx v1.15.1 test/e2e/annotations/relativeredirects.go (DescribeAnnotation
# "relative-redirects"). permanent-redirect takes a path as well as a URL (redirect.go does not
# URL-check it): nginx.tmpl writes `return 301 /new-location;`, which nginx answers with an
# absolute Location (absolute_redirect on: the connection's scheme and the Host without port, as
# ingress-nginx writes port_in_redirect off) unless relative-redirects writes `absolute_redirect
# off;` in the location. The suite reads the first response, as ingress-nginx's e2e client does.
# The original's backends are httpbun and echo; here "echo" stands for both.
Feature: ingress-nginx relative-redirects

  # relativeredirects.go It("configures Nginx correctly"): the nginx.conf check ("absolute_redirect
  # off;") has no effect of its own on a location that proxies (nginx builds no Location there):
  # translated into that behaviour, the request is proxied as without the annotation.
  Scenario: relative-redirects alone changes nothing a proxied request sees (configures Nginx correctly)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: relative-redirects
      annotations:
        nginx.ingress.kubernetes.io/relative-redirects: "true"
    spec:
      rules:
        - host: rr.foo.com
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
    When I send a "GET" request to "http://rr.foo.com/"
    Then the response status-code must be 200
    And the response must be served by the "echo" service

  # relativeredirects.go It("should respond with absolute URL in Location")
  Scenario: a redirect to a path gets an absolute Location (should respond with absolute URL in Location)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: relative-redirects
      annotations:
        nginx.ingress.kubernetes.io/permanent-redirect: /new-location
        nginx.ingress.kubernetes.io/relative-redirects: "false"
    spec:
      rules:
        - host: rr.foo.com
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
    When I send a "GET" request to "http://rr.foo.com/something"
    Then the response status-code must be 301
    And the response location must be "http://rr.foo.com/new-location"

  # relativeredirects.go It("should respond with relative URL in Location")
  Scenario: relative-redirects keeps the path as the Location (should respond with relative URL in Location)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: relative-redirects
      annotations:
        nginx.ingress.kubernetes.io/permanent-redirect: /new-location
        nginx.ingress.kubernetes.io/relative-redirects: "true"
    spec:
      rules:
        - host: rr.foo.com
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
    When I send a "GET" request to "http://rr.foo.com/something"
    Then the response status-code must be 301
    And the response location must be "/new-location"

  # Not an e2e case: without relative-redirects the Location is absolute too (nginx's default), the
  # path's query is kept and the request's is not (nginx's return), and the Host's port is left out
  # (ingress-nginx's port_in_redirect off).
  Scenario: a path with a query, requested with a port (not an e2e case: nginx's absolute_redirect with port_in_redirect off)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: path-redirect
      annotations:
        nginx.ingress.kubernetes.io/permanent-redirect: /new-location?a=1
        nginx.ingress.kubernetes.io/permanent-redirect-code: "302"
    spec:
      rules:
        - host: rr.foo.com
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
    When I send a "GET" request to "http://rr.foo.com:8080/something/deeper?b=2"
    Then the response status-code must be 302
    And the response location must be "http://rr.foo.com/new-location?a=1"

  # Not an e2e case: over HTTPS the absolute Location names https, the connection's scheme.
  Scenario: over HTTPS the Location names https (not an e2e case: the connection's scheme)
    Given a self-signed TLS secret named "rr.foo.com" for the "rr.foo.com" hostname
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: path-redirect-tls
      annotations:
        nginx.ingress.kubernetes.io/permanent-redirect: /new-location
    spec:
      tls:
        - hosts:
            - rr.foo.com
          secretName: rr.foo.com
      rules:
        - host: rr.foo.com
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
    When I send a "GET" request to "https://rr.foo.com/something"
    Then the response status-code must be 301
    And the response location must be "https://rr.foo.com/new-location"
