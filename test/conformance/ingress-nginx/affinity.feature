# Ported from ingress-nginx v1.15.1 test/e2e/annotations/affinity.go (DescribeAnnotation "affinity
# session-cookie-name") and affinitymode.go, with the cookie rules of rootfs/etc/nginx/lua/balancer/sticky.lua.
# The e2e echo deployment has 2 replicas: here the backend is scaled to 2 (5 for affinitymode.go).
# The two use-regex cases are in affinity-regex.feature. affinitymode.go "Balanced affinity mode should balance"
# only reads the annotations back from the API server: its Ingress is run with the stickiness it implies.
Feature: ingress-nginx session affinity

  # It("should set sticky cookie SERVERID")
  Scenario: the cookie is set (should set sticky cookie SERVERID)
    Given The backend deployment "echo" for the ingress resource is scaled to 2
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: a1
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "SERVERID"
    spec:
      rules:
        - host: foo.com
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
    When I send a "GET" request to "http://foo.com/"
    Then the response status-code must be 200
    And the response header "Set-Cookie" must contain "SERVERID="
    And the response header "Set-Cookie" must contain "HttpOnly"

  # It(""); the Ingress of affinitymode.go with 5 replicas; a response to a request with a valid cookie sets none (sticky.lua sets it only when it picks a new endpoint)
  Scenario: requests with the cookie stay on one endpoint (affinitymode.go "Check persistent affinity mode", without the redeployments)
    Given The backend deployment "echo" for the ingress resource is scaled to 5
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: a2
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "hello-cookie"
        nginx.ingress.kubernetes.io/session-cookie-max-age: "172800"
        nginx.ingress.kubernetes.io/ssl-redirect: "false"
        nginx.ingress.kubernetes.io/affinity-mode: "persistent"
    spec:
      rules:
        - host: affinity-mode-persistent.com
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
    When I send a "GET" request to "http://affinity-mode-persistent.com/"
    Then the response status-code must be 200
    And the response header "Set-Cookie" must contain "hello-cookie="
    When I send 10 "GET" requests to "http://affinity-mode-persistent.com/" with the cookie "hello-cookie" from the last response
    Then all the responses must be served by the same pod
    And the response headers must not contain "Set-Cookie"

  # It(""); affinitymode.go "Balanced affinity mode should balance" Ingress, with the stickiness it implies
  Scenario: balanced mode (the default) is sticky too
    Given The backend deployment "echo" for the ingress resource is scaled to 5
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: a3
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "hello-cookie"
        nginx.ingress.kubernetes.io/affinity-mode: "balanced"
    spec:
      rules:
        - host: affinity-mode-balance.com
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
    When I send a "GET" request to "http://affinity-mode-balance.com/"
    Then the response header "Set-Cookie" must contain "hello-cookie="
    When I send 10 "GET" requests to "http://affinity-mode-balance.com/" with the cookie "hello-cookie" from the last response
    Then all the responses must be served by the same pod

  # It("should change cookie name on ingress definition change")
  Scenario: a new cookie name after an update (should change cookie name on ingress definition change)
    Given The backend deployment "echo" for the ingress resource is scaled to 2
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: a4
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "SERVERID"
    spec:
      rules:
        - host: change.foo.com
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
    When I send a "GET" request to "http://change.foo.com/"
    Then the response header "Set-Cookie" must contain "SERVERID"
    Given update the ingress
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: a4
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "OTHERCOOKIENAME"
    spec:
      rules:
        - host: change.foo.com
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
    When I send a "GET" request to "http://change.foo.com/"
    Then the response header "Set-Cookie" must contain "OTHERCOOKIENAME"

  # It("should set the path to /something on the generated cookie")
  Scenario: the Path is the Ingress path (should set the path to /something on the generated cookie)
    Given The backend deployment "echo" for the ingress resource is scaled to 2
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: a5
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "SERVERID"
    spec:
      rules:
        - host: path.foo.com
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
    When I send a "GET" request to "http://path.foo.com/something"
    Then the response status-code must be 200
    And the response header "Set-Cookie" must contain "Path=/something"

  # It("does not set the path to / on the generated cookie if there's more than one rule referring to the same backend")
  Scenario: each path its own Path (does not set the path to / on the generated cookie if there's more than one rule referring to the same backend)
    Given The backend deployment "echo" for the ingress resource is scaled to 2
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: a6
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "SERVERID"
    spec:
      rules:
        - host: morethanonerule.foo.com
          http:
            paths:
              - path: /something
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
              - path: /somewhereelse
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://morethanonerule.foo.com/something"
    Then the response status-code must be 200
    And the response header "Set-Cookie" must contain "Path=/something"
    When I send a "GET" request to "http://morethanonerule.foo.com/somewhereelse"
    Then the response status-code must be 200
    And the response header "Set-Cookie" must contain "Path=/somewhereelse"

  # It("should set cookie with expires"); the exact Expires date (now + 48h, to the minute) is not asserted: only that the attribute is sent
  Scenario: Expires and Max-Age (should set cookie with expires)
    Given The backend deployment "echo" for the ingress resource is scaled to 2
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: a7
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "ExpiresCookie"
        nginx.ingress.kubernetes.io/session-cookie-expires: "172800"
        nginx.ingress.kubernetes.io/session-cookie-max-age: "259200"
    spec:
      rules:
        - host: cookieexpires.foo.com
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
    When I send a "GET" request to "http://cookieexpires.foo.com/"
    Then the response status-code must be 200
    And the response header "Set-Cookie" must contain "Expires="
    And the response header "Set-Cookie" must contain "Max-Age=259200"

  # It("should set cookie with domain")
  Scenario: Domain (should set cookie with domain)
    Given The backend deployment "echo" for the ingress resource is scaled to 2
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: a8
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "DomainCookie"
        nginx.ingress.kubernetes.io/session-cookie-domain: "foo.bar"
    spec:
      rules:
        - host: cookiedomain.foo.com
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
    When I send a "GET" request to "http://cookiedomain.foo.com/"
    Then the response status-code must be 200
    And the response header "Set-Cookie" must contain "Domain=foo.bar"

  # It("should not set cookie without domain annotation")
  Scenario: no Domain (should not set cookie without domain annotation)
    Given The backend deployment "echo" for the ingress resource is scaled to 2
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: a9
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "NoDomainCookie"
    spec:
      rules:
        - host: cookienodomain.foo.com
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
    When I send a "GET" request to "http://cookienodomain.foo.com/"
    Then the response status-code must be 200
    And the response header "Set-Cookie" must contain "NoDomainCookie="
    And the response header "Set-Cookie" must not contain "; Domain"
    And the response header "Set-Cookie" must not contain "; domain"

  # It("should not set affinity across all server locations when using separate ingresses"); the default name INGRESSCOOKIE (sessionaffinity/main.go) is asserted too
  Scenario: only the Ingress with affinity sets the cookie (should not set affinity across all server locations when using separate ingresses)
    Given The backend deployment "echo" for the ingress resource is scaled to 2
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: ingress1
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
    spec:
      rules:
        - host: separate.foo.com
          http:
            paths:
              - path: /foo/bar
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: ingress2
    spec:
      rules:
        - host: separate.foo.com
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
    When I send a "GET" request to "http://separate.foo.com/foo"
    Then the response status-code must be 200
    And the response headers must not contain "Set-Cookie"
    When I send a "GET" request to "http://separate.foo.com/foo/bar"
    Then the response status-code must be 200
    And the response header "Set-Cookie" must contain "Path=/foo/bar"
    And the response header "Set-Cookie" must contain "INGRESSCOOKIE="

  # It("should set sticky cookie without host")
  Scenario: a rule without host (should set sticky cookie without host)
    Given The backend deployment "echo" for the ingress resource is scaled to 2
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: a11
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "SERVERID"
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
    When I send a "GET" request to http://""/""
    Then the response status-code must be 200
    And the response header "Set-Cookie" must contain "SERVERID="

  # It("should set secure in cookie with provided true annotation on http")
  Scenario: Secure when asked (should set secure in cookie with provided true annotation on http)
    Given The backend deployment "echo" for the ingress resource is scaled to 2
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: a12
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "SERVERID"
        nginx.ingress.kubernetes.io/session-cookie-secure: "true"
    spec:
      rules:
        - host: secure.foo.com
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
    When I send a "GET" request to "http://secure.foo.com/"
    Then the response status-code must be 200
    And the response header "Set-Cookie" must contain "; Secure"

  # It("should not set secure in cookie with provided false annotation on http")
  Scenario: no Secure on HTTP (should not set secure in cookie with provided false annotation on http)
    Given The backend deployment "echo" for the ingress resource is scaled to 2
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: a13
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "SERVERID"
        nginx.ingress.kubernetes.io/session-cookie-secure: "false"
    spec:
      rules:
        - host: insecure.foo.com
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
    When I send a "GET" request to "http://insecure.foo.com/"
    Then the response status-code must be 200
    And the response header "Set-Cookie" must contain "SERVERID="
    And the response header "Set-Cookie" must not contain "; Secure"

  # It("should set secure in cookie with provided false annotation on https")
  Scenario: Secure on HTTPS (should set secure in cookie with provided false annotation on https)
    Given The backend deployment "echo" for the ingress resource is scaled to 2
    Given a self-signed TLS secret named "foo-tls" for the "foo.com" hostname
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: a14
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "SERVERID"
        nginx.ingress.kubernetes.io/session-cookie-secure: "false"
    spec:
      tls:
        - hosts:
            - foo.com
          secretName: foo-tls
      rules:
        - host: foo.com
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
    When I send a "GET" request to "https://foo.com/"
    Then the response status-code must be 200
    And the response header "Set-Cookie" must contain "; Secure"

  # It(""); not an e2e case: sticky.lua passes session-cookie-samesite to the cookie
  Scenario: SameSite as written (sticky.lua)
    Given The backend deployment "echo" for the ingress resource is scaled to 2
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: a15
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "SERVERID"
        nginx.ingress.kubernetes.io/session-cookie-samesite: "Lax"
    spec:
      rules:
        - host: samesite.foo.com
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
    When I send a "GET" request to "http://samesite.foo.com/"
    Then the response header "Set-Cookie" must contain "SameSite=Lax"

  # It("should work with server-alias annotation"): the server_name check becomes the aliases answering; each of the three names sets the cookie
  Scenario: the aliases set the cookie too (should work with server-alias annotation)
    Given The backend deployment "echo" for the ingress resource is scaled to 2
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: a16
      annotations:
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "SERVERID"
        nginx.ingress.kubernetes.io/server-alias: "a1.foo.com,a2.foo.com"
    spec:
      rules:
        - host: foo.com
          http:
            paths:
              - path: /bar
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://foo.com/bar"
    Then the response status-code must be 200
    And the response header "Set-Cookie" must contain "SERVERID="
    When I send a "GET" request to "http://a1.foo.com/bar"
    Then the response status-code must be 200
    And the response header "Set-Cookie" must contain "SERVERID="
    When I send a "GET" request to "http://a2.foo.com/bar"
    Then the response status-code must be 200
    And the response header "Set-Cookie" must contain "SERVERID="
