# Ported from kubernetes-sigs/ingress2gateway @ 89ab0cdd, provider_ingressnginx_test.go TestIngressNGINXCORS:
# its end-to-end expectations for CORS annotations on an Ingress of the ingress-nginx class (each case ran
# the converted Gateway API objects on Istio and sent HTTP requests). Here every target runs the Ingress
# itself. framework.BasicIngress() is one Ingress with path "/" (Prefix) to an echo Service. Where the
# verifier allows 200 or 204 for a preflight, ingress-nginx's answer is asserted: 204 (200 when proxied).
# The suite's default class is ingress-nginx's.
Feature: ingress2gateway expectations for ingress-nginx CORS

  # TestIngressNGINXCORS t.Run("typical cors annotations")
  Scenario: typical cors annotations
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: corsi1
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "https://cors.example.com"
        nginx.ingress.kubernetes.io/cors-allow-methods: "GET, POST, OPTIONS"
        nginx.ingress.kubernetes.io/cors-allow-headers: "X-Requested-With, Content-Type"
        nginx.ingress.kubernetes.io/cors-allow-credentials: "true"
        nginx.ingress.kubernetes.io/cors-max-age: "600"
        nginx.ingress.kubernetes.io/cors-expose-headers: "X-Expose-1, X-Expose-2"
    spec:
      rules:
        - host: cors.foo.com
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
    When I send a "OPTIONS" request to "http://cors.foo.com/" with header
    """
    {"Origin": "https://cors.example.com", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "X-Requested-With, Content-Type"}
    """
    Then the response status-code must be 204
    And the response header "Access-Control-Allow-Origin" must be exactly "https://cors.example.com"
    And the response header "Access-Control-Allow-Methods" must contain "GET"
    And the response header "Access-Control-Allow-Methods" must contain "POST"
    And the response header "Access-Control-Allow-Methods" must contain "OPTIONS"
    And the response header "Access-Control-Allow-Headers" must contain "X-Requested-With"
    And the response header "Access-Control-Allow-Headers" must contain "Content-Type"
    And the response header "Access-Control-Allow-Credentials" must be exactly "true"
    And the response header "Access-Control-Max-Age" must be exactly "600"
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "https://cors.example.com"}
    """
    Then the response status-code must be 200
    And the response header "Access-Control-Allow-Origin" must be exactly "https://cors.example.com"
    And the response header "Access-Control-Allow-Credentials" must be exactly "true"
    And the response header "Access-Control-Expose-Headers" must contain "X-Expose-1"
    And the response header "Access-Control-Expose-Headers" must contain "X-Expose-2"

  # TestIngressNGINXCORS t.Run("cors defaults")
  Scenario: cors defaults
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: corsi2
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
    spec:
      rules:
        - host: cors.foo.com
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
    When I send a "OPTIONS" request to "http://cors.foo.com/" with header
    """
    {"Origin": "https://cors-defaults.example.com", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "X-Requested-With"}
    """
    Then the response status-code must be 204
    And the response header "Access-Control-Allow-Origin" must be exactly "*"
    And the response header "Access-Control-Allow-Methods" must contain "GET"
    And the response header "Access-Control-Allow-Methods" must contain "PUT"
    And the response header "Access-Control-Allow-Methods" must contain "POST"
    And the response header "Access-Control-Allow-Methods" must contain "DELETE"
    And the response header "Access-Control-Allow-Methods" must contain "PATCH"
    And the response header "Access-Control-Allow-Methods" must contain "OPTIONS"
    And the response header "Access-Control-Allow-Headers" must contain "DNT"
    And the response header "Access-Control-Allow-Headers" must contain "Keep-Alive"
    And the response header "Access-Control-Allow-Headers" must contain "User-Agent"
    And the response header "Access-Control-Allow-Headers" must contain "X-Requested-With"
    And the response header "Access-Control-Allow-Headers" must contain "If-Modified-Since"
    And the response header "Access-Control-Allow-Headers" must contain "Cache-Control"
    And the response header "Access-Control-Allow-Headers" must contain "Content-Type"
    And the response header "Access-Control-Allow-Headers" must contain "Range"
    And the response header "Access-Control-Allow-Headers" must contain "Authorization"
    And the response header "Access-Control-Allow-Credentials" must be exactly "true"
    And the response header "Access-Control-Max-Age" must be exactly "1728000"
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "https://cors-defaults.example.com"}
    """
    Then the response status-code must be 200
    And the response header "Access-Control-Allow-Origin" must be exactly "*"
    And the response header "Access-Control-Allow-Credentials" must be exactly "true"

  # TestIngressNGINXCORS t.Run("cors denied origin")
  Scenario: cors denied origin
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: corsi3
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "https://cors-allowed.example.com"
    spec:
      rules:
        - host: cors.foo.com
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
    When I send a "OPTIONS" request to "http://cors.foo.com/" with header
    """
    {"Origin": "https://cors-denied.example.com", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "X-Requested-With"}
    """
    Then the response status-code must be 200
    And the response headers must not contain "Access-Control-Allow-Origin"
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "https://cors-denied.example.com"}
    """
    Then the response headers must not contain "Access-Control-Allow-Origin"

  # TestIngressNGINXCORS t.Run("cors denied method and header")
  Scenario: cors denied method and header
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: corsi4
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "https://cors-method.example.com"
        nginx.ingress.kubernetes.io/cors-allow-methods: "GET, POST"
        nginx.ingress.kubernetes.io/cors-allow-headers: "X-Requested-With"
    spec:
      rules:
        - host: cors.foo.com
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
    When I send a "OPTIONS" request to "http://cors.foo.com/" with header
    """
    {"Origin": "https://cors-method.example.com", "Access-Control-Request-Method": "DELETE", "Access-Control-Request-Headers": "X-Not-Allowed"}
    """
    Then the response status-code must be 204
    And the response header "Access-Control-Allow-Origin" must be exactly "https://cors-method.example.com"
    And the response header "Access-Control-Allow-Methods" must contain "GET"
    And the response header "Access-Control-Allow-Methods" must contain "POST"
    And the response header "Access-Control-Allow-Headers" must contain "X-Requested-With"
    And the response header "Access-Control-Allow-Methods" must not contain "DELETE"
    And the response header "Access-Control-Allow-Headers" must not contain "X-Not-Allowed"
