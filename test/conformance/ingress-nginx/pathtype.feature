# Ported from ingress-nginx v1.15.1 test/e2e/ingress/pathtype_prefix.go, pathtype_exact.go and
# pathtype_mixed.go (the e2e-core/ingress__pathtype_*.go files of the peer suite), and at the end
# ingress/without_host.go, ingress/multiple_rules.go and defaultbackend/with_hosts.go. ingress-nginx
# tells its locations apart with configuration-snippet headers ("pathType: exact", "$service_name");
# here each location has its own Service and the check is "served by" that Service. The suite's
# default class is ingress-nginx's. Regex paths are ImplementationSpecific (see rewrite.feature).
Feature: ingress-nginx path types and rules

  # pathtype_prefix.go It("should return 404 when prefix /aaa does not match request /aaaccc")
  Scenario: Prefix /aaa does not match /aaaccc (should return 404 when prefix /aaa does not match request /aaaccc)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: exact
    spec:
      rules:
        - host: prefix.path
          http:
            paths:
              - path: /aaa
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://prefix.path/aaa"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    When I send a "GET" request to "http://prefix.path/aaacccc"
    Then the response status-code must be 404
    When I send a "GET" request to "http://prefix.path/aaa/cccc"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    When I send a "GET" request to "http://prefix.path/aaa/"
    Then the response status-code must be 200
    And the response must be served by the "echo" service

  # pathtype_prefix.go It("should test prefix path using simple regex pattern for /id/{int}")
  Scenario: simple regex /id/[0-9]+ (should test prefix path using simple regex pattern for /id/{int})
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: echo.com.br
      annotations:
        nginx.ingress.kubernetes.io/use-regex: "true"
    spec:
      rules:
        - host: echo.com.br
          http:
            paths:
              - path: /id/[0-9]+
                pathType: ImplementationSpecific
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://echo.com.br/id/1"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    When I send a "GET" request to "http://echo.com.br/id/12"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    When I send a "GET" request to "http://echo.com.br/id/123"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    When I send a "GET" request to "http://echo.com.br/id/aaa"
    Then the response status-code must be 404
    When I send a "GET" request to "http://echo.com.br/id/123a"
    Then the response status-code must be 200
    And the response must be served by the "echo" service

  # pathtype_prefix.go It("should test prefix path using regex pattern for /id/{int} ignoring non-digits characters at end of string")
  Scenario: regex /id/[0-9]+$ (should test prefix path using regex pattern for /id/{int} ignoring non-digits characters at end of string)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: echo.regex.br
      annotations:
        nginx.ingress.kubernetes.io/use-regex: "true"
    spec:
      rules:
        - host: echo.regex.br
          http:
            paths:
              - path: /id/[0-9]+$
                pathType: ImplementationSpecific
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://echo.regex.br/id/1"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    When I send a "GET" request to "http://echo.regex.br/id/aaa"
    Then the response status-code must be 404
    When I send a "GET" request to "http://echo.regex.br/id/123a"
    Then the response status-code must be 404

  # pathtype_prefix.go It("should test prefix path using fixed path size regex pattern /id/{int}{3}")
  Scenario: regex /id/[0-9]{3}$ (should test prefix path using fixed path size regex pattern /id/{int}{3})
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: echo.regex.size.br
      annotations:
        nginx.ingress.kubernetes.io/use-regex: "true"
    spec:
      rules:
        - host: echo.regex.size.br
          http:
            paths:
              - path: /id/[0-9]{3}$
                pathType: ImplementationSpecific
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://echo.regex.size.br/id/99"
    Then the response status-code must be 404
    When I send a "GET" request to "http://echo.regex.size.br/id/123"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    When I send a "GET" request to "http://echo.regex.size.br/id/9999"
    Then the response status-code must be 404
    When I send a "GET" request to "http://echo.regex.size.br/id/123a"
    Then the response status-code must be 404

  # pathtype_prefix.go It("should correctly route multi-segment path patterns")
  Scenario: multi-segment regex (should correctly route multi-segment path patterns)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: echo.multi.segment.br
      annotations:
        nginx.ingress.kubernetes.io/use-regex: "true"
    spec:
      rules:
        - host: echo.multi.segment.br
          http:
            paths:
              - path: /id/[0-9]+/post/[a-zA-Z]+$
                pathType: ImplementationSpecific
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://echo.multi.segment.br/id/123/post/abc"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    When I send a "GET" request to "http://echo.multi.segment.br/id/123/post/abc123"
    Then the response status-code must be 404
    When I send a "GET" request to "http://echo.multi.segment.br/id/abc/post/abc"
    Then the response status-code must be 404

  # pathtype_exact.go It("should choose exact location for /exact"): the third Ingress "duplicated-prefix" repeats Prefix /exact and loses to the older one
  Scenario: Exact beats Prefix of the same path (should choose exact location for /exact)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: exact
    spec:
      rules:
        - host: exact.path
          http:
            paths:
              - path: /exact
                pathType: Exact
                backend:
                  service:
                    name: exact
                    port:
                      number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: exact-suffix
    spec:
      rules:
        - host: exact.path
          http:
            paths:
              - path: /exact
                pathType: Prefix
                backend:
                  service:
                    name: prefix
                    port:
                      number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: duplicated-prefix
    spec:
      rules:
        - host: exact.path
          http:
            paths:
              - path: /exact
                pathType: Prefix
                backend:
                  service:
                    name: duplicated
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://exact.path/exact"
    Then the response status-code must be 200
    And the response must be served by the "exact" service
    When I send a "GET" request to "http://exact.path/exact/suffix"
    Then the response status-code must be 200
    And the response must be served by the "prefix" service

  # pathtype_mixed.go It("should choose the correct location"), first part
  Scenario: Exact "/" and Prefix "/" (should choose the correct location, "/")
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: exact
    spec:
      rules:
        - host: mixed.path
          http:
            paths:
              - path: /
                pathType: Exact
                backend:
                  service:
                    name: exact
                    port:
                      number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: prefix
    spec:
      rules:
        - host: mixed.path
          http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: prefix
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://mixed.path/"
    Then the response status-code must be 200
    And the response must be served by the "exact" service
    When I send a "GET" request to "http://mixed.path/bar"
    Then the response status-code must be 200
    And the response must be served by the "prefix" service

  # pathtype_mixed.go It("should choose the correct location"), second part: "/foobar" is not under Prefix "/foo" and falls to Prefix "/"
  Scenario: Exact and Prefix "/foo" beside "/" (should choose the correct location, "/foo")
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: exact
    spec:
      rules:
        - host: mixed.path
          http:
            paths:
              - path: /
                pathType: Exact
                backend:
                  service:
                    name: exact
                    port:
                      number: 80
              - path: /foo
                pathType: Exact
                backend:
                  service:
                    name: exact-foo
                    port:
                      number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: prefix
    spec:
      rules:
        - host: mixed.path
          http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: prefix
                    port:
                      number: 80
              - path: /foo
                pathType: Prefix
                backend:
                  service:
                    name: prefix-foo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://mixed.path/foo"
    Then the response status-code must be 200
    And the response must be served by the "exact-foo" service
    When I send a "GET" request to "http://mixed.path/foo/bar"
    Then the response status-code must be 200
    And the response must be served by the "prefix-foo" service
    When I send a "GET" request to "http://mixed.path/foobar"
    Then the response status-code must be 200
    And the response must be served by the "prefix" service

  # Not an e2e case: docs/user-guide/ingress-path-matching.md and template.go buildLocation give ImplementationSpecific a plain nginx location, a string prefix
  Scenario: ImplementationSpecific is a plain string prefix (ingress-path-matching.md; template.go buildLocation)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: is
    spec:
      rules:
        - host: is.path
          http:
            paths:
              - path: /api
                pathType: ImplementationSpecific
                backend:
                  service:
                    name: api
                    port:
                      number: 80
              - path: /api/v2
                pathType: Prefix
                backend:
                  service:
                    name: v2
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://is.path/api"
    Then the response status-code must be 200
    And the response must be served by the "api" service
    When I send a "GET" request to "http://is.path/apiv2"
    Then the response status-code must be 200
    And the response must be served by the "api" service
    When I send a "GET" request to "http://is.path/api/v1"
    Then the response status-code must be 200
    And the response must be served by the "api" service
    When I send a "GET" request to "http://is.path/api/v2/x"
    Then the response status-code must be 200
    And the response must be served by the "v2" service
    When I send a "GET" request to "http://is.path/ap"
    Then the response status-code must be 404

  # Not an e2e case: docs/user-guide/ingress-path-matching.md "enforced on ALL paths for a given host"; Exact /exact then matches /exacting, case-insensitively
  Scenario: regex mode is host-wide: Exact and Prefix paths of other Ingresses become start-anchored regexes (ingress-path-matching.md)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: plain
    spec:
      rules:
        - host: mode.path
          http:
            paths:
              - path: /exact
                pathType: Exact
                backend:
                  service:
                    name: exact
                    port:
                      number: 80
              - path: /pre
                pathType: Prefix
                backend:
                  service:
                    name: pre
                    port:
                      number: 80
    """
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: regex
      annotations:
        nginx.ingress.kubernetes.io/use-regex: "true"
    spec:
      rules:
        - host: mode.path
          http:
            paths:
              - path: /r/[0-9]+
                pathType: ImplementationSpecific
                backend:
                  service:
                    name: regex
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://mode.path/exact"
    Then the response status-code must be 200
    And the response must be served by the "exact" service
    When I send a "GET" request to "http://mode.path/EXACTING"
    Then the response status-code must be 200
    And the response must be served by the "exact" service
    When I send a "GET" request to "http://mode.path/prefix"
    Then the response status-code must be 200
    And the response must be served by the "pre" service
    When I send a "GET" request to "http://mode.path/r/12"
    Then the response status-code must be 200
    And the response must be served by the "regex" service
    When I send a "GET" request to "http://mode.path/r/x"
    Then the response status-code must be 404

  # without_host.go It("should set ingress details variables for ingresses without a host"): the set $namespace,
  # $ingress_name, $service_name lines feed the log format only; what is observable is a rule without host serving
  # every Host (the original sends the controller's address as Host)
  Scenario: a rule without host serves any Host (should set ingress details variables for ingresses without a host)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: default-host
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
    When I send a "GET" request to "http://127.0.0.1/"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    When I send a "GET" request to "http://any-name.test/"
    Then the response status-code must be 200
    And the response must be served by the "echo" service

  # without_host.go It("should set ingress details variables for ingresses with host without IngressRuleValue, only Backend"):
  # the Ingress's defaultBackend serves the rule's host, and only that host (ingress-nginx issue 8823)
  Scenario: a host without paths is served by the Ingress's defaultBackend (should set ingress details variables for ingresses with host without IngressRuleValue, only Backend)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: backend
    spec:
      defaultBackend:
        service:
          name: echo
          port:
            number: 80
      rules:
        - host: only-backend
    """
    When I send a "GET" request to "http://only-backend/"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    When I send a "GET" request to "http://only-backend-doesnotexist/"
    Then the response status-code must be 404

  # with_hosts.go It("should apply the annotation to the default backend"): "proxy_buffer_size 8k;" in the
  # server's default location (nginx; a tuning warning where a target has no such buffer) → the host is served
  Scenario: an annotated Ingress's defaultBackend serves its host (should apply the annotation to the default backend)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: default-backend-annotations
      annotations:
        nginx.ingress.kubernetes.io/proxy-buffer-size: "8k"
    spec:
      defaultBackend:
        service:
          name: echo
          port:
            number: 80
      rules:
        - host: foo.com
    """
    When I send a "GET" request to "http://foo.com/"
    Then the response status-code must be 200
    And the response must be served by the "echo" service

  # multiple_rules.go It("should set the correct $service_name NGINX variable"): the original reads $service_name
  # back through a configuration-snippet request header; here each host's answer names its Service
  Scenario: one Ingress, two hosts, each its own Service (should set the correct $service_name NGINX variable)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: simh
    spec:
      rules:
        - host: first.host
          http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: first-service
                    port:
                      number: 80
        - host: second.host
          http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: second-service
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://first.host/exact"
    Then the response status-code must be 200
    And the response must be served by the "first-service" service
    When I send a "GET" request to "http://second.host/exact"
    Then the response status-code must be 200
    And the response must be served by the "second-service" service
