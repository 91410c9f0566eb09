# Not e2e cases: CORS (cors.go, nginx.tmpl define "CORS") on the route kinds ingress-nginx users get
# without asking. A host with rewrite-target or use-regex makes every path a case-insensitive regex
# location, and nginx.tmpl writes the CORS block into each location of the Ingress that enables it,
# whatever its kind. A target that does not apply CORS on regex routes refuses with IC3140 at the path
# (src/lower/route-kind-policies.ts): the scenarios are then not applicable to it.
Feature: ingress-nginx CORS on regex routes

  Scenario: a rewritten path answers the preflight and adds the headers; another Ingress of the host does not
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: cors-api
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "https://origin.cors.com"
        nginx.ingress.kubernetes.io/rewrite-target: /$2
    spec:
      rules:
        - host: cors-regex.foo.com
          http:
            paths:
              - path: /api(/|$)(.*)
                pathType: ImplementationSpecific
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
        - host: cors-regex.foo.com
          http:
            paths:
              - path: /web
                pathType: Prefix
                backend:
                  service:
                    name: web
                    port:
                      number: 80
    """
    When I send a "OPTIONS" request to "http://cors-regex.foo.com/API/items" with header
    """
    {"Origin": "https://origin.cors.com"}
    """
    Then the response status-code must be 204
    And the request must not reach a backend
    And the response header "Access-Control-Allow-Origin" must be exactly "https://origin.cors.com"
    And the response headers must contain <key> with matching <value>
      | key | value |
      | Access-Control-Allow-Methods | GET, PUT, POST, DELETE, PATCH, OPTIONS |
      | Access-Control-Max-Age | 1728000 |
    When I send a "GET" request to "http://cors-regex.foo.com/api/items" with header
    """
    {"Origin": "https://origin.cors.com"}
    """
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the request path must be "/items"
    And the response header "Access-Control-Allow-Origin" must be exactly "https://origin.cors.com"
    When I send a "GET" request to "http://cors-regex.foo.com/web/page" with header
    """
    {"Origin": "https://origin.cors.com"}
    """
    Then the response status-code must be 200
    And the response must be served by the "web" service
    And the response headers must not contain "Access-Control-Allow-Origin"

  Scenario: a use-regex path with the default origin "*"
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: cors-versions
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/use-regex: "true"
    spec:
      rules:
        - host: cors-regex2.foo.com
          http:
            paths:
              - path: /v[0-9]+/
                pathType: ImplementationSpecific
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://cors-regex2.foo.com/v2/x" with header
    """
    {"Origin": "https://anywhere.example"}
    """
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the response header "Access-Control-Allow-Origin" must be exactly "*"
    When I send a "GET" request to "http://cors-regex2.foo.com/vx/x"
    Then the response status-code must be 404
