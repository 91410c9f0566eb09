# Ported from ingress-nginx v1.15.1 test/e2e/annotations/forcesslredirect.go (DescribeAnnotation
# "force-ssl-redirect"), preservetrailingslash.go (DescribeAnnotation "preserve-trailing-slash") and
# ingress2gateway's provider_ingressnginx_test.go t.Run("ssl-redirect annotation"). ingress-nginx
# decides the HTTPS redirect per location (lua_ingress.lua redirect_to_https): force-ssl-redirect,
# or ssl-redirect (default true) when the host has a certificate; 308 (http-redirect-code) to
# https://<host><request URI>, the URI's final "/" dropped unless preserve-trailing-slash. The
# suite reads the first response, as ingress-nginx's e2e client does; a Location's port is
# compared as the cluster's (80/443).
Feature: ingress-nginx ssl-redirect, force-ssl-redirect and preserve-trailing-slash

  # forcesslredirect.go It("should redirect to https")
  Scenario: force-ssl-redirect without a certificate (should redirect to https)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: forcesslredirect
      annotations:
        nginx.ingress.kubernetes.io/force-ssl-redirect: "true"
    spec:
      rules:
        - host: forcesslredirect.bar.com
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
    When I send a "GET" request to "http://forcesslredirect.bar.com/"
    Then the response status-code must be 308
    And the response location must be "https://forcesslredirect.bar.com"

  # preservetrailingslash.go It("should allow preservation of trailing slashes")
  Scenario: preserve-trailing-slash keeps the final "/" (should allow preservation of trailing slashes)
    Given a self-signed TLS secret named "forcesslredirect.bar.com" for the "forcesslredirect.bar.com" hostname
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: forcesslredirect
      annotations:
        nginx.ingress.kubernetes.io/ssl-redirect: "true"
        nginx.ingress.kubernetes.io/preserve-trailing-slash: "true"
    spec:
      tls:
        - hosts:
            - forcesslredirect.bar.com
          secretName: forcesslredirect.bar.com
      rules:
        - host: forcesslredirect.bar.com
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
    When I send a "GET" request to "http://forcesslredirect.bar.com/"
    Then the response status-code must be 308
    And the response location must be "https://forcesslredirect.bar.com/"

  # Not an e2e case: without preserve-trailing-slash the final "/" is dropped (lua_ingress.lua).
  Scenario: the final "/" of the request URI is dropped (lua_ingress.lua redirect_to_https)
    Given a self-signed TLS secret named "tls-bar" for the "tls.bar.com" hostname
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: tls
    spec:
      tls:
        - hosts:
            - tls.bar.com
          secretName: tls-bar
      rules:
        - host: tls.bar.com
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
    When I send a "GET" request to "http://tls.bar.com/"
    Then the response status-code must be 308
    And the response location must be "https://tls.bar.com"
    When I send a "GET" request to "http://tls.bar.com/foo/"
    Then the response status-code must be 308
    And the response location must be "https://tls.bar.com/foo"
    When I send a "GET" request to "http://tls.bar.com/foo"
    Then the response status-code must be 308
    And the response location must be "https://tls.bar.com/foo"
    When I send a "GET" request to "https://tls.bar.com/foo"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the request path must be "/foo"

  # provider_ingressnginx_test.go t.Run("ssl-redirect annotation")
  Scenario: ssl-redirect "false" on a TLS host serves plain HTTP (ssl-redirect annotation)
    Given a self-signed TLS secret named "tls-redirect-x1" for the "tls-redirect-x1.example.com" hostname
    And a self-signed TLS secret named "tls-noredirect-x1" for the "tls-noredirect-x1.example.com" hostname
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: redirect
    spec:
      tls:
        - hosts:
            - tls-redirect-x1.example.com
          secretName: tls-redirect-x1
      rules:
        - host: tls-redirect-x1.example.com
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
      name: no-redirect
      annotations:
        nginx.ingress.kubernetes.io/ssl-redirect: "false"
    spec:
      tls:
        - hosts:
            - tls-noredirect-x1.example.com
          secretName: tls-noredirect-x1
      rules:
        - host: tls-noredirect-x1.example.com
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
    When I send a "GET" request to "https://tls-redirect-x1.example.com/"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    When I send a "GET" request to "http://tls-redirect-x1.example.com/"
    Then the response status-code must be 308
    And the response location must be "https://tls-redirect-x1.example.com"
    When I send a "GET" request to "https://tls-noredirect-x1.example.com/"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    When I send a "GET" request to "http://tls-noredirect-x1.example.com/"
    Then the response status-code must be 200
    And the response must be served by the "echo" service

  # Not an e2e case: ssl-redirect is a location setting (lua_ingress.lua reads it per location), so an
  # Ingress with ssl-redirect "false" sharing a TLS host keeps plain HTTP on its own paths only.
  Scenario: ssl-redirect "false" is per location (lua_ingress.lua redirect_to_https)
    Given a self-signed TLS secret named "shared-bar" for the "shared.bar.com" hostname
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: secure
    spec:
      tls:
        - hosts:
            - shared.bar.com
          secretName: shared-bar
      rules:
        - host: shared.bar.com
          http:
            paths:
              - path: /secure
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
      name: open
      annotations:
        nginx.ingress.kubernetes.io/ssl-redirect: "false"
    spec:
      rules:
        - host: shared.bar.com
          http:
            paths:
              - path: /open
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://shared.bar.com/open"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the request path must be "/open"
    When I send a "GET" request to "http://shared.bar.com/secure/x/"
    Then the response status-code must be 308
    And the response location must be "https://shared.bar.com/secure/x"
    When I send a "GET" request to "https://shared.bar.com/open"
    Then the response status-code must be 200
    And the response must be served by the "echo" service

  # Not an e2e case: force-ssl-redirect is per location as well; other Ingresses' paths stay on HTTP.
  Scenario: force-ssl-redirect only redirects its own Ingress's paths (lua_ingress.lua redirect_to_https)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: forced
      annotations:
        nginx.ingress.kubernetes.io/force-ssl-redirect: "true"
        nginx.ingress.kubernetes.io/preserve-trailing-slash: "true"
    spec:
      rules:
        - host: mixed.bar.com
          http:
            paths:
              - path: /forced
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
        - host: mixed.bar.com
          http:
            paths:
              - path: /plain
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://mixed.bar.com/forced/"
    Then the response status-code must be 308
    And the response location must be "https://mixed.bar.com/forced/"
    When I send a "GET" request to "http://mixed.bar.com/plain"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the request path must be "/plain"

  # Not an e2e case: a location's own redirect (permanent-redirect's `return`) comes before the HTTPS
  # redirect, which runs last in nginx's rewrite phase (rewrite_by_lua).
  Scenario: permanent-redirect answers before ssl-redirect (nginx phase order)
    Given a self-signed TLS secret named "moved-bar" for the "moved.bar.com" hostname
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: moved
      annotations:
        nginx.ingress.kubernetes.io/permanent-redirect: https://elsewhere.example.com/
    spec:
      tls:
        - hosts:
            - moved.bar.com
          secretName: moved-bar
      rules:
        - host: moved.bar.com
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
    When I send a "GET" request to "http://moved.bar.com/x"
    Then the response status-code must be 301
    And the response location must be "https://elsewhere.example.com/"
