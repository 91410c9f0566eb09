# Ported from ingress-nginx v1.15.1 test/e2e/annotations/rewrite.go
# (DescribeAnnotation "rewrite-target use-regex enable-rewrite-log"). The echo backend reports the
# path it received; ingress-nginx's check `Body().Contains("request_uri=http://HOST:80/P")` becomes
# "the request path must be P". nginx.conf text checks (WaitForNginxServer) are replaced by the
# routing they imply. The suite's default class is ingress-nginx's (an IngressClass with controller
# k8s.io/ingress-nginx). Regex paths are ImplementationSpecific here: ingress-nginx's framework
# writes them as Prefix, which ingressc (and ingress-nginx's strict-validate-path-type) refuses.
Feature: ingress-nginx rewrite-target and use-regex

  # It("should write rewrite logs"): the log lines are nginx's own; what they prove is that
  # "/something" is rewritten to "/" (rewrite-target "/" without captures: everything goes to "/").
  Scenario: rewrite-target "/" sends the whole path to "/" (should write rewrite logs)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: rewrite
      annotations:
        nginx.ingress.kubernetes.io/rewrite-target: /
    spec:
      rules:
        - host: rewrite.bar.com
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
    When I send a "GET" request to "http://rewrite.bar.com/something"
    Then the response status-code must be 200
    And the request path must be "/"
    When I send a "GET" request to "http://rewrite.bar.com/something/deeper/path?x=1"
    Then the response status-code must be 200
    And the request path must be "/"
    When I send a "GET" request to "http://rewrite.bar.com/SOMETHING"
    Then the response status-code must be 200
    And the request path must be "/"

  # It("should use correct longest path match"), first half: before the rewrite Ingress exists.
  Scenario: a plain path is not rewritten (should use correct longest path match, before)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: kube-lego
    spec:
      rules:
        - host: rewrite.bar.com
          http:
            paths:
              - path: /.well-known/acme/challenge
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://rewrite.bar.com/.well-known/acme/challenge"
    Then the response status-code must be 200
    And the request path must be "/.well-known/acme/challenge"

  # It("should use correct longest path match"), second half: a rewrite Ingress on "/" turns the
  # host into regex mode; the longer "^/.well-known/acme/challenge" is tried before "^/".
  Scenario: the longer regex location wins over the rewritten "/" (should use correct longest path match)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: kube-lego
    spec:
      rules:
        - host: rewrite.bar.com
          http:
            paths:
              - path: /.well-known/acme/challenge
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
      name: rewrite-index
      annotations:
        nginx.ingress.kubernetes.io/rewrite-target: /new/backend
    spec:
      rules:
        - host: rewrite.bar.com
          http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: index
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://rewrite.bar.com/.well-known/acme/challenge"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the request path must be "/.well-known/acme/challenge"
    When I send a "GET" request to "http://rewrite.bar.com/anything/else"
    Then the response status-code must be 200
    And the response must be served by the "index" service
    And the request path must be "/new/backend"

  # It("should use ~* location modifier if regex annotation is present")
  Scenario: use-regex makes every path of the host a case-insensitive prefix regex (should use ~* location modifier if regex annotation is present)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
    spec:
      rules:
        - host: rewrite.bar.com
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
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: regex
      annotations:
        nginx.ingress.kubernetes.io/use-regex: "true"
        nginx.ingress.kubernetes.io/rewrite-target: /new/backend
    spec:
      rules:
        - host: rewrite.bar.com
          http:
            paths:
              - path: /foo.+
                pathType: ImplementationSpecific
                backend:
                  service:
                    name: regex
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://rewrite.bar.com/foo"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the request path must be "/foo"
    When I send a "GET" request to "http://rewrite.bar.com/foo/bar"
    Then the response status-code must be 200
    And the response must be served by the "regex" service
    And the request path must be "/new/backend"

  # It("should fail to use longest match for documented warning"): "^/foo/bar/[a-z]{3}" and
  # "^/foo/bar/bar" have the same length; ingress-nginx sorts equal lengths by path text
  # descending, so the regex ("[" > "b") comes first and catches "/foo/bar/bar".
  Scenario: an equally long regex sorted first catches the plain path (should fail to use longest match for documented warning)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
    spec:
      rules:
        - host: rewrite.bar.com
          http:
            paths:
              - path: /foo/bar/bar
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
      name: regex
      annotations:
        nginx.ingress.kubernetes.io/use-regex: "true"
        nginx.ingress.kubernetes.io/rewrite-target: /new/backend
    spec:
      rules:
        - host: rewrite.bar.com
          http:
            paths:
              - path: /foo/bar/[a-z]{3}
                pathType: ImplementationSpecific
                backend:
                  service:
                    name: regex
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://rewrite.bar.com/foo/bar/bar"
    Then the response status-code must be 200
    And the response must be served by the "regex" service
    And the request path must be "/new/backend"

  # It("should allow for custom rewrite parameters")
  Scenario: capture groups in rewrite-target (should allow for custom rewrite parameters)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: regex
      annotations:
        nginx.ingress.kubernetes.io/use-regex: "true"
        nginx.ingress.kubernetes.io/rewrite-target: /new/backend/$1
    spec:
      rules:
        - host: rewrite.bar.com
          http:
            paths:
              - path: /foo/bar/(.+)
                pathType: ImplementationSpecific
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://rewrite.bar.com/foo/bar/bar"
    Then the response status-code must be 200
    And the request path must be "/new/backend/bar"
    When I send a "GET" request to "http://rewrite.bar.com/FOO/BAR/Baz?q=1"
    Then the response status-code must be 200
    And the request path must be "/new/backend/Baz"

  # docs/examples/rewrite/README.md (the example the annotations.md "Rewrite" section points to):
  # "/something(/|$)(.*)" with rewrite-target "/$2".
  Scenario Outline: the documented rewrite example "/something(/|$)(.*)" → "/$2" (examples/rewrite/README.md)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: rewrite
      annotations:
        nginx.ingress.kubernetes.io/use-regex: "true"
        nginx.ingress.kubernetes.io/rewrite-target: /$2
    spec:
      rules:
        - host: rewrite.bar.com
          http:
            paths:
              - path: /something(/|$)(.*)
                pathType: ImplementationSpecific
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://rewrite.bar.com<request>"
    Then the response status-code must be <status>
    And the request path must be "<upstream>"

    Examples:
      | request               | status | upstream |
      | /something            | 200    | /        |
      | /something/           | 200    | /        |
      | /something/new        | 200    | /new     |
      | /something/new/x.html | 200    | /new/x.html |
