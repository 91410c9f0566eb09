# Ported from ingress-nginx v1.15.1 test/e2e/annotations/fromtowwwredirect.go (DescribeAnnotation
# "from-to-www-redirect") and ingress2gateway's provider_ingressnginx_test.go
# t.Run("from-to-www-redirect"). nginx.tmpl's redirect server answers
# `return 308 $redirect_to` with $redirect_to = "<scheme>://<host>:<server port><request URI>", the
# URI's final "/" dropped; the server_name checks become the routing they imply. A Location's port
# is compared as the cluster's (80/443; a default port may be left out); the suite reads the first
# response, as ingress-nginx's e2e client does. The HTTPS case's nip.io host is fixed here.
Feature: ingress-nginx from-to-www-redirect

  # fromtowwwredirect.go It("should redirect from www HTTP to HTTP")
  Scenario: www answers 308 to the host (should redirect from www HTTP to HTTP)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: fromtowwwredirect
      annotations:
        nginx.ingress.kubernetes.io/from-to-www-redirect: "true"
    spec:
      rules:
        - host: fromtowwwredirect.bar.com
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
    When I send a "GET" request to "http://www.fromtowwwredirect.bar.com/foo"
    Then the response status-code must be 308
    And the response location must be "http://fromtowwwredirect.bar.com:80/foo"

  # fromtowwwredirect.go It("should redirect from www HTTPS to HTTPS")
  Scenario: HTTPS to HTTPS, the host itself is served (should redirect from www HTTPS to HTTPS)
    Given a self-signed TLS secret named "fromtowww" for the "from.example.test" hostname
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: fromtowww
      annotations:
        nginx.ingress.kubernetes.io/from-to-www-redirect: "true"
    spec:
      tls:
        - hosts:
            - from.example.test
            - www.from.example.test
          secretName: fromtowww
      rules:
        - host: from.example.test
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
    When I send a "GET" request to "https://www.from.example.test/"
    Then the response status-code must be 308
    And the response location must be "https://from.example.test:443"
    When I send a "GET" request to "https://from.example.test/"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the request host must be "from.example.test"

  # provider_ingressnginx_test.go t.Run("from-to-www-redirect")
  Scenario: the apex is served and www redirects (from-to-www-redirect)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: from-to-www-redirect
      annotations:
        nginx.ingress.kubernetes.io/from-to-www-redirect: "true"
    spec:
      rules:
        - host: example.com
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
    When I send a "GET" request to "http://example.com/"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    When I send a "GET" request to "http://www.example.com/"
    Then the response status-code must be 308
    And the response location must be "http://example.com:80"

  # Not an e2e case: annotations.md "Redirect from/to www": a host starting with www. redirects the apex to it.
  Scenario: a www host redirects the apex (annotations.md Redirect from/to www)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: www
      annotations:
        nginx.ingress.kubernetes.io/from-to-www-redirect: "true"
    spec:
      rules:
        - host: www.site.test
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
    When I send a "GET" request to "http://site.test/a/b/"
    Then the response status-code must be 308
    And the response location must be "http://www.site.test:80/a/b"
    When I send a "GET" request to "http://www.site.test/a"
    Then the response status-code must be 200
    And the response must be served by the "echo" service

  # Not an e2e case: annotations.md: an Ingress for the other name wins; no redirect is made (nginx.go buildRedirects).
  Scenario: an Ingress for the other name is not overridden (annotations.md Redirect from/to www)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: apex
      annotations:
        nginx.ingress.kubernetes.io/from-to-www-redirect: "true"
    spec:
      rules:
        - host: taken.test
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
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: www-taken
    spec:
      rules:
        - host: www.taken.test
          http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: www-svc
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://www.taken.test/"
    Then the response status-code must be 200
    And the response must be served by the "www-svc" service
