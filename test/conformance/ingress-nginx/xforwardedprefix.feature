# Ported from ingress-nginx v1.15.1 test/e2e/annotations/xforwardedprefix.go
# (DescribeAnnotation "x-forwarded-prefix"). The suite's default class is ingress-nginx's.
Feature: ingress-nginx x-forwarded-prefix

  # It("should set the X-Forwarded-Prefix to the annotation value")
  Scenario: X-Forwarded-Prefix is sent with a rewrite (should set the X-Forwarded-Prefix to the annotation value)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: xfp
      annotations:
        nginx.ingress.kubernetes.io/x-forwarded-prefix: /test/value
        nginx.ingress.kubernetes.io/rewrite-target: /foo
    spec:
      rules:
        - host: xfp.baz.com
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
    When I send a "GET" request to "http://xfp.baz.com/"
    Then the response status-code must be 200
    And the request path must be "/foo"
    And the request headers must contain <key> with matching <value>
      | key                | value       |
      | X-Forwarded-Prefix | /test/value |

  # It("should not add X-Forwarded-Prefix if the annotation value is empty")
  Scenario: an empty value sends no header (should not add X-Forwarded-Prefix if the annotation value is empty)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: noxfp
      annotations:
        nginx.ingress.kubernetes.io/x-forwarded-prefix: ""
        nginx.ingress.kubernetes.io/rewrite-target: /foo
    spec:
      rules:
        - host: noxfp.baz.com
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
    When I send a "GET" request to "http://noxfp.baz.com/"
    Then the response status-code must be 200
    And the request path must be "/foo"
    And the request headers must not contain "X-Forwarded-Prefix"

  # Not an e2e case: template.go buildProxyPass sends X-Forwarded-Prefix only in its rewrite branch.
  Scenario: no X-Forwarded-Prefix without a rewrite (template.go buildProxyPass)
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: xfp
      annotations:
        nginx.ingress.kubernetes.io/x-forwarded-prefix: /test/value
    spec:
      rules:
        - host: xfp.baz.com
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
    When I send a "GET" request to "http://xfp.baz.com/"
    Then the response status-code must be 200
    And the request path must be "/"
    And the request headers must not contain "X-Forwarded-Prefix"
