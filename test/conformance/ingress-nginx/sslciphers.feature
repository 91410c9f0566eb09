# Ported from ingress-nginx v1.15.1 test/e2e/annotations/sslciphers.go (DescribeAnnotation
# "ssl-ciphers"). The originals check the server block's text (ssl_ciphers <list>;
# ssl_prefer_server_ciphers on|off;) and that the host answers over HTTPS with the default
# certificate. Translated into what a client sees: the host answers over HTTPS, and a TLS 1.2
# handshake offering suites of the client's choosing agrees on the suite the list and the
# preference give. ingressc listens on HTTPS only with a certificate, so the host gets one (a tls
# section; ingress-nginx would serve its default certificate). Both lists are OpenSSL keyword
# strings: Envoy and Caddy, which take suite names only, refuse them (IC3071: not applicable there).
Feature: ingress-nginx ssl-ciphers and ssl-prefer-server-ciphers

  # sslciphers.go It("should change ssl ciphers"): ssl_prefer_server_ciphers off (the client's
  # order decides) is not checked: HAProxy keeps its own order (a warning, IC2103).
  Scenario: a keyword list with ssl-prefer-server-ciphers "false" still serves HTTPS (should change ssl ciphers)
    Given a self-signed TLS secret named "ciphers.foo.com" for the "ciphers.foo.com" hostname
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: ciphers.foo.com
      annotations:
        nginx.ingress.kubernetes.io/ssl-ciphers: "ALL:!aNULL:!EXPORT56:RC4+RSA:+HIGH:+MEDIUM:+LOW:+SSLv2:+EXP"
        nginx.ingress.kubernetes.io/ssl-prefer-server-ciphers: "false"
    spec:
      tls:
        - hosts: [ciphers.foo.com]
          secretName: ciphers.foo.com
      rules:
        - host: ciphers.foo.com
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
    When I send a "GET" request to "https://ciphers.foo.com/something"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And a TLS 1.2 handshake with "ciphers.foo.com" offering only "ECDHE-RSA-AES128-GCM-SHA256" must agree on "ECDHE-RSA-AES128-GCM-SHA256"

  # sslciphers.go It("should keep ssl ciphers"): @STRENGTH puts AES-256 before AES-128 in the
  # server's order, which decides with ssl_prefer_server_ciphers on.
  Scenario: @STRENGTH and @SECLEVEL are kept, the server's order decides (should keep ssl ciphers)
    Given a self-signed TLS secret named "ciphers.foo.com" for the "ciphers.foo.com" hostname
    And an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: ciphers.foo.com
      annotations:
        nginx.ingress.kubernetes.io/ssl-ciphers: "ALL:!aNULL:!EXPORT56:RC4+RSA@STRENGTH:+HIGH@SECLEVEL=0:+MEDIUM:+LOW:+SSLv2:+EXP"
        nginx.ingress.kubernetes.io/ssl-prefer-server-ciphers: "true"
    spec:
      tls:
        - hosts: [ciphers.foo.com]
          secretName: ciphers.foo.com
      rules:
        - host: ciphers.foo.com
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
    When I send a "GET" request to "https://ciphers.foo.com/something"
    Then the response status-code must be 200
    And the response must be served by the "echo" service
    And a TLS 1.2 handshake with "ciphers.foo.com" offering only "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384" must agree on "ECDHE-RSA-AES256-GCM-SHA384"
