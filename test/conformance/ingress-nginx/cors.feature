# Ported from ingress-nginx v1.15.1 test/e2e/annotations/cors.go (DescribeAnnotation "cors-*"), plus
# the preflight and matching rules of rootfs/etc/nginx/template/nginx.tmpl (define "CORS") and
# template.go buildCorsOriginRegex. The e2e file checks nginx.conf text for some keys: those checks
# are translated into the response headers that text sends. The suite's default class is ingress-nginx's.
Feature: ingress-nginx CORS

  # It("should enable cors"); nginx.conf checks translated into the response headers they send; "set $http_origin *" = Access-Control-Allow-Origin "*"
  Scenario: the defaults (should enable cors)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: cors1
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
    When I send a "GET" request to "http://cors.foo.com/"
    Then the response status-code must be 200
    And the response header "Access-Control-Allow-Origin" must be exactly "*"
    And the response headers must contain <key> with matching <value>
      | key | value |
      | Access-Control-Allow-Methods | GET, PUT, POST, DELETE, PATCH, OPTIONS |
      | Access-Control-Allow-Headers | DNT,Keep-Alive,User-Agent,X-Requested-With,If-Modified-Since,Cache-Control,Content-Type,Range,Authorization |
      | Access-Control-Max-Age | 1728000 |
      | Access-Control-Allow-Credentials | true |

  # It("should set cors methods to only allow POST, GET"); nginx.conf check translated into the header
  Scenario: allowed methods (should set cors methods to only allow POST, GET)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: cors2
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-methods: "POST, GET"
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
    When I send a "GET" request to "http://cors.foo.com/"
    Then the response status-code must be 200
    And the response headers must contain <key> with matching <value>
      | key | value |
      | Access-Control-Allow-Methods | POST, GET |

  # It("should set cors max-age"); nginx.conf check translated into the header
  Scenario: max-age (should set cors max-age)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: cors3
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-max-age: "200"
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
    When I send a "GET" request to "http://cors.foo.com/"
    Then the response status-code must be 200
    And the response headers must contain <key> with matching <value>
      | key | value |
      | Access-Control-Max-Age | 200 |

  # It("should disable cors allow credentials"); nginx.conf check translated into the header
  Scenario: no credentials header (should disable cors allow credentials)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: cors4
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-credentials: "false"
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
    When I send a "GET" request to "http://cors.foo.com/"
    Then the response status-code must be 200
    And the response headers must not contain "Access-Control-Allow-Credentials"
    And the response header "Access-Control-Allow-Origin" must be exactly "*"

  # It("should allow origin for cors")
  Scenario: one allowed origin is echoed (should allow origin for cors)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: cors5
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "https://origin.cors.com:8080"
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
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "https://origin.cors.com:8080"}
    """
    Then the response status-code must be 200
    And the response header "Access-Control-Allow-Origin" must be exactly "https://origin.cors.com:8080"

  # It("should allow headers for cors"); nginx.conf check translated into the header
  Scenario: allowed headers (should allow headers for cors)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: cors6
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-headers: "DNT, User-Agent"
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
    When I send a "GET" request to "http://cors.foo.com/"
    Then the response status-code must be 200
    And the response headers must contain <key> with matching <value>
      | key | value |
      | Access-Control-Allow-Headers | DNT, User-Agent |

  # It("should expose headers for cors"); nginx.conf check translated into the header
  Scenario: exposed headers (should expose headers for cors)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: cors7
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-expose-headers: "X-CustomResponseHeader, X-CustomSecondHeader"
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
    When I send a "GET" request to "http://cors.foo.com/"
    Then the response status-code must be 200
    And the response headers must contain <key> with matching <value>
      | key | value |
      | Access-Control-Expose-Headers | X-CustomResponseHeader, X-CustomSecondHeader |

  # It("should allow - single origin for multiple cors values")
  Scenario: one of several origins (should allow - single origin for multiple cors values)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: cors8
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "https://origin.cors.com:8080, https://origin2.cors.com"
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
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "https://origin.cors.com:8080"}
    """
    Then the response status-code must be 200
    And the response header "Access-Control-Allow-Origin" must be exactly "https://origin.cors.com:8080"

  # It("should not allow - single origin for multiple cors values")
  Scenario: an origin not in the list gets no CORS headers (should not allow - single origin for multiple cors values)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: cors9
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "http://origin2.cors.com, https://origin.com"
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
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "http://no.origin.com"}
    """
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the response headers must not contain "Access-Control-Allow-Origin"

  # It("should allow correct origins - single origin for multiple cors values")
  Scenario: an entry without scheme is skipped (should allow correct origins - single origin for multiple cors values)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: cors10
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "origin.cors.com:8080, https://origin2.cors.com, https://origin.com"
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
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "origin.cors.com:8080"}
    """
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the response headers must not contain "Access-Control-Allow-Origin"
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "https://origin2.cors.com"}
    """
    Then the response status-code must be 200
    And the response header "Access-Control-Allow-Origin" must be exactly "https://origin2.cors.com"
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "https://origin.com"}
    """
    Then the response status-code must be 200
    And the response header "Access-Control-Allow-Origin" must be exactly "https://origin.com"

  # It("should not break functionality")
  Scenario: "*" allows every request (should not break functionality)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: cors11
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "*"
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
    When I send a "GET" request to "http://cors.foo.com/"
    Then the response status-code must be 200
    And the response header "Access-Control-Allow-Origin" must be exactly "*"

  # It("should not break functionality - without `*`")
  Scenario: no list is "*" (should not break functionality - without `*`)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: cors12
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
    When I send a "GET" request to "http://cors.foo.com/"
    Then the response status-code must be 200
    And the response header "Access-Control-Allow-Origin" must be exactly "*"

  # It("should not break functionality with extra domain")
  Scenario: "*" among other entries (should not break functionality with extra domain)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: cors13
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "*, foo.bar.com"
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
    When I send a "GET" request to "http://cors.foo.com/"
    Then the response status-code must be 200
    And the response header "Access-Control-Allow-Origin" must be exactly "*"

  # It("should not match")
  Scenario: "." is literal (should not match)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: cors14
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "https://foo.bar.com"
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
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "https://fooxbar.com"}
    """
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the response headers must not contain "Access-Control-Allow-Origin"

  # It("should allow - single origin with required port")
  Scenario: origin with its port (should allow - single origin with required port)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: cors15
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "http://origin.cors.com:8080, http://origin.com:8080"
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
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "http://origin.com:8080"}
    """
    Then the response status-code must be 200
    And the response header "Access-Control-Allow-Origin" must be exactly "http://origin.com:8080"

  # It("should not allow - single origin with port and origin without port")
  Scenario: a port the entry lacks (should not allow - single origin with port and origin without port)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: cors16
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "https://origin2.cors.com, http://origin.com"
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
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "http://origin.com:8080"}
    """
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the response headers must not contain "Access-Control-Allow-Origin"

  # It("should not allow - single origin without port and origin with required port")
  Scenario: a port the origin lacks (should not allow - single origin without port and origin with required port)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: cors17
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "http://origin.cors.com:8080, http://origin.com:8080"
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
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "http://origin.com"}
    """
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the response headers must not contain "Access-Control-Allow-Origin"

  # It("should allow - matching origin with wildcard origin (2 subdomains)")
  Scenario: "*." matches one label (should allow - matching origin with wildcard origin (2 subdomains))
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: cors18
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "http://*.origin.cors.com, http://*.origin.com:8080"
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
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "http://foo.origin.cors.com"}
    """
    Then the response status-code must be 200
    And the response header "Access-Control-Allow-Origin" must be exactly "http://foo.origin.cors.com"
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "http://bar-foo.origin.cors.com"}
    """
    Then the response status-code must be 200
    And the response header "Access-Control-Allow-Origin" must be exactly "http://bar-foo.origin.cors.com"

  # It("should not allow - unmatching origin with wildcard origin (2 subdomains)")
  Scenario: "*." does not match two labels (should not allow - unmatching origin with wildcard origin (2 subdomains))
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: cors19
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "http://*.origin.cors.com, http://*.origin.com:8080"
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
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "http://bar.foo.origin.cors.com"}
    """
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the response headers must not contain "Access-Control-Allow-Origin"

  # It("should allow - matching origin+port with wildcard origin")
  Scenario: "*." with a port (should allow - matching origin+port with wildcard origin)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: cors20
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "http://origin.cors.com:8080, http://*.origin.com:8080"
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
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "http://abc.origin.com:8080"}
    """
    Then the response status-code must be 200
    And the response header "Access-Control-Allow-Origin" must be exactly "http://abc.origin.com:8080"

  # It("should not allow - portless origin with wildcard origin")
  Scenario: "*." with a port the origin lacks (should not allow - portless origin with wildcard origin)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: cors21
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "http://origin.cors.com:8080, http://*.origin.com:8080"
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
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "http://abc.origin.com"}
    """
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the response headers must not contain "Access-Control-Allow-Origin"

  # It("should allow correct origins - missing subdomain + origin with wildcard origin and correct origin")
  Scenario: "*." needs a label (should allow correct origins - missing subdomain + origin with wildcard origin and correct origin)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: cors22
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "http://origin.cors.com:8080, http://*.origin.com:8080"
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
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "http://origin.com:8080"}
    """
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the response headers must not contain "Access-Control-Allow-Origin"
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "http://bar.origin.com:8080"}
    """
    Then the response status-code must be 200
    And the response header "Access-Control-Allow-Origin" must be exactly "http://bar.origin.com:8080"

  # It("should allow - missing origins (should allow all origins)")
  Scenario: a blank list is "*" (should allow - missing origins (should allow all origins))
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: cors23
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "      "
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
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "http://origin.com"}
    """
    Then the response status-code must be 200
    And the response header "Access-Control-Allow-Origin" must be exactly "*"
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "http://book.origin.com"}
    """
    Then the response status-code must be 200
    And the response header "Access-Control-Allow-Origin" must be exactly "*"
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "test.origin.com"}
    """
    Then the response status-code must be 200
    And the response header "Access-Control-Allow-Origin" must be exactly "*"

  # It("should allow correct origin but not others - cors allow origin annotations contain trailing comma")
  Scenario: empty entries are ignored (should allow correct origin but not others - cors allow origin annotations contain trailing comma)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: cors24
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "https://origin-123.cors.com:8080,   ,https://origin-321.cors.com:8080,"
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
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "https://origin-123.cors.com:8080"}
    """
    Then the response status-code must be 200
    And the response header "Access-Control-Allow-Origin" must be exactly "https://origin-123.cors.com:8080"
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "https://origin-321.cors.com:8080"}
    """
    Then the response status-code must be 200
    And the response header "Access-Control-Allow-Origin" must be exactly "https://origin-321.cors.com:8080"
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "https://unknown.cors.com:8080"}
    """
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the response headers must not contain "Access-Control-Allow-Origin"

  # It("should allow - origins with non-http[s] protocols")
  Scenario: other schemes (should allow - origins with non-http[s] protocols)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: cors25
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "test://localhost, tauri://localhost:3000"
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
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "test://localhost"}
    """
    Then the response status-code must be 200
    And the response header "Access-Control-Allow-Origin" must be exactly "test://localhost"
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "tauri://localhost:3000"}
    """
    Then the response status-code must be 200
    And the response header "Access-Control-Allow-Origin" must be exactly "tauri://localhost:3000"

  # Not an e2e case: nginx.tmpl CORS: $cors = "trueoptions" → return 204 with the headers
  Scenario: a preflight is answered 204 by the proxy
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: corst1
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "https://origin.cors.com"
        nginx.ingress.kubernetes.io/cors-expose-headers: "X-A"
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
    {"Origin": "https://origin.cors.com"}
    """
    Then the response status-code must be 204
    And the request must not reach a backend
    And the response header "Access-Control-Allow-Origin" must be exactly "https://origin.cors.com"
    And the response headers must contain <key> with matching <value>
      | key | value |
      | Access-Control-Allow-Methods | GET, PUT, POST, DELETE, PATCH, OPTIONS |
      | Access-Control-Allow-Headers | DNT,Keep-Alive,User-Agent,X-Requested-With,If-Modified-Since,Cache-Control,Content-Type,Range,Authorization |
      | Access-Control-Expose-Headers | X-A |
      | Access-Control-Max-Age | 1728000 |
      | Access-Control-Allow-Credentials | true |

  # Not an e2e case: nginx.tmpl CORS: $cors = "options" matches neither block
  Scenario: a preflight from another origin reaches the backend
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: corst2
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "https://origin.cors.com"
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
    {"Origin": "https://other.cors.com"}
    """
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the request method must be "OPTIONS"
    And the response headers must not contain "Access-Control-Allow-Origin"

  # Not an e2e case: nginx.tmpl CORS with buildCorsOriginRegex ["*"]: set $cors true
  Scenario: with "*" every OPTIONS request is a preflight
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: corst3
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
    When I send a "OPTIONS" request to "http://cors.foo.com/"
    Then the response status-code must be 204
    And the request must not reach a backend
    And the response header "Access-Control-Allow-Origin" must be exactly "*"

  # Not an e2e case: nginx answers the preflight in its rewrite phase, before the access phase (allow/deny); the 403 gets the headers (more_set_headers)
  Scenario: a preflight is answered before the source ranges
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: corst4
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "https://origin.cors.com"
        nginx.ingress.kubernetes.io/allowlist-source-range: "10.0.0.0/8"
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
    {"Origin": "https://origin.cors.com"}
    """
    Then the response status-code must be 204
    And the request must not reach a backend
    And the response header "Access-Control-Allow-Origin" must be exactly "https://origin.cors.com"
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "https://origin.cors.com"}
    """
    Then the response status-code must be 403
    And the request must not reach a backend
    And the response header "Access-Control-Allow-Origin" must be exactly "https://origin.cors.com"

  # Not an e2e case: template.go buildCorsOriginRegex: if ($http_origin ~* ...)
  Scenario: origins match case-insensitively
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: corst5
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "https://origin.cors.com"
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
    When I send a "GET" request to "http://cors.foo.com/" with header
    """
    {"Origin": "HTTPS://Origin.CORS.com"}
    """
    Then the response status-code must be 200
    And the response header "Access-Control-Allow-Origin" must be exactly "HTTPS://Origin.CORS.com"

  # Not an e2e case: template.go buildCorsOriginRegex: $http_origin is empty
  Scenario: no Origin header, no CORS headers with a list
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: corst6
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "https://origin.cors.com"
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
    When I send a "GET" request to "http://cors.foo.com/"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the response headers must not contain "Access-Control-Allow-Origin"

  # Not an e2e case: nginx.tmpl applies the CORS block to every location kind
  Scenario: CORS on an ImplementationSpecific path (a string prefix under ingress-nginx)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: corst7
      annotations:
        nginx.ingress.kubernetes.io/enable-cors: "true"
        nginx.ingress.kubernetes.io/cors-allow-origin: "https://origin.cors.com"
    spec:
      rules:
        - host: cors.foo.com
          http:
            paths:
              - path: /api
                pathType: ImplementationSpecific
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "OPTIONS" request to "http://cors.foo.com/apiv2" with header
    """
    {"Origin": "https://origin.cors.com"}
    """
    Then the response status-code must be 204
    And the request must not reach a backend
    When I send a "GET" request to "http://cors.foo.com/apiv2" with header
    """
    {"Origin": "https://origin.cors.com"}
    """
    Then the response status-code must be 200
    And the response header "Access-Control-Allow-Origin" must be exactly "https://origin.cors.com"
    And the response must be served by the "echo" service
