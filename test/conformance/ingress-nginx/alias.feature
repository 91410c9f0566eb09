# Ported from ingress-nginx v1.15.1 test/e2e/annotations/alias.go (DescribeAnnotation "server-alias").
# The e2e checks `Body().Contains("host=<host>")` become "the request host must be"; the
# server_name text checks become the routing they imply (an alias answers like its host).
Feature: ingress-nginx server-alias

  # alias.go It("should return status code 200 for host 'foo' and 404 for 'bar'")
  Scenario: without an alias only the host answers (should return status code 200 for host 'foo' and 404 for 'bar')
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
    spec:
      rules:
        - host: foo
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
    When I send a "GET" request to "http://foo/"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the request host must be "foo"
    When I send a "GET" request to "http://bar/"
    Then the response status-code must be 404

  # alias.go It("should return status code 200 for host 'foo' and 'bar'")
  Scenario: the alias answers like the host (should return status code 200 for host 'foo' and 'bar')
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
      annotations:
        nginx.ingress.kubernetes.io/server-alias: bar
    spec:
      rules:
        - host: foo
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
    When I send a "GET" request to "http://foo/"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the request host must be "foo"
    When I send a "GET" request to "http://bar/"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the request host must be "bar"

  # alias.go It("should return status code 200 for hosts defined in two ingresses, different path with one alias")
  Scenario: the alias serves every Ingress's paths of the host (should return status code 200 for hosts defined in two ingresses, different path with one alias)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: app-a
    spec:
      rules:
        - host: foo
          http:
            paths:
              - path: /app-a
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
      name: app-b
      annotations:
        nginx.ingress.kubernetes.io/server-alias: bar
    spec:
      rules:
        - host: foo
          http:
            paths:
              - path: /app-b
                pathType: Prefix
                backend:
                  service:
                    name: echo
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://foo/app-a"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the request host must be "foo"
    And the request path must be "/app-a"
    When I send a "GET" request to "http://bar/app-a"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the request host must be "bar"
    And the request path must be "/app-a"
    When I send a "GET" request to "http://bar/app-b"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the request host must be "bar"
    And the request path must be "/app-b"

  # Not an e2e case: annotations.md "Server Alias": an alias naming the host of another rule is
  # ignored; that host keeps its own routes.
  Scenario: an alias never overrides a real host (annotations.md Server Alias)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
      annotations:
        nginx.ingress.kubernetes.io/server-alias: "bar, baz"
    spec:
      rules:
        - host: foo
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
      name: bar
    spec:
      rules:
        - host: bar
          http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: bar-svc
                    port:
                      number: 80
    """
    When I send a "GET" request to "http://bar/"
    Then the response status-code must be 200
    And the response must be served by the "bar-svc" service
    And the request host must be "bar"
    When I send a "GET" request to "http://baz/"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And the request host must be "baz"

  # Not an e2e case: aliases are host names; an IP address is refused (as a rule host would be).
  Scenario: an IP address is not an alias (ingressc's grammar, like rules[].host)
    Given an Ingress resource in a new random namespace should not create
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: foo
      annotations:
        nginx.ingress.kubernetes.io/server-alias: "10.0.0.1"
    spec:
      rules:
        - host: foo
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
