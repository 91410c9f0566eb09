# Ported from ingress-nginx v1.15.1 test/e2e/annotations/upstreamhashby.go (DescribeAnnotation
# "upstream-hash-by-*"): the echo deployment has 6 replicas, and 100 requests to "/" of
# upstream-hash-by.foo.com must all be 200 and served by 1 pod ($request_uri), or by 3 pods (subset of
# size 3). Its WaitForNginxServer check (`server_name "upstream-hash-by.foo.com" ;`) is nginx.conf text:
# not applicable, the requests to the host answering 200 prove the server exists. Subsets: nginx and HAProxy
# (Envoy and Caddy cannot hash onto a group of endpoints; they warn, IC2103, and those scenarios are not applicable).
# The e2e tests only show that one key stays on one pod; the scenarios marked "ingressc" add the other
# half of consistent hashing (different keys spread over several pods), the variables annotations.md
# names ($request_uri, text) and others ($http_, $cookie_, $arg_, $remote_addr), and load-balance (configmap.md "load-balance"; no e2e test of
# ingress-nginx exercises it: grep of e2e-annotations/ and e2e-core/). A target that cannot apply a
# key warns (IC2103: load balancing is tuning) and its scenario is not applicable.
Feature: ingress-nginx upstream hashing and load balancing

  # It("should connect to the same pod")
  Scenario: upstream-hash-by $request_uri keeps a URI on one pod (should connect to the same pod)
    Given The backend deployment "echo" for the ingress resource is scaled to 6
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: hash-uri
      annotations:
        nginx.ingress.kubernetes.io/upstream-hash-by: "$request_uri"
    spec:
      rules:
        - host: upstream-hash-by.foo.com
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
    When I send 100 "GET" requests to "http://upstream-hash-by.foo.com/"
    Then all the responses status-code must be 200 and the response body should contain the IP address of 1 different Kubernetes pods

  # It("should connect to the same subset of pods")
  Scenario: upstream-hash-by-subset spreads a URI over one subset (should connect to the same subset of pods)
    Given The backend deployment "echo" for the ingress resource is scaled to 6
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: hash-subset
      annotations:
        nginx.ingress.kubernetes.io/upstream-hash-by: "$request_uri"
        nginx.ingress.kubernetes.io/upstream-hash-by-subset: "true"
        nginx.ingress.kubernetes.io/upstream-hash-by-subset-size: "3"
    spec:
      rules:
        - host: upstream-hash-by.foo.com
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
    When I send 100 "GET" requests to "http://upstream-hash-by.foo.com/"
    Then all the responses status-code must be 200 and the response body should contain the IP address of 3 different Kubernetes pods

  # ingressc: the Ingress of It("should connect to the same pod"); different URIs are different keys.
  Scenario: upstream-hash-by $request_uri spreads different URIs over several pods
    Given The backend deployment "echo" for the ingress resource is scaled to 6
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: hash-uri
      annotations:
        nginx.ingress.kubernetes.io/upstream-hash-by: "$request_uri"
    spec:
      rules:
        - host: upstream-hash-by.foo.com
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
    When I send 40 numbered "GET" requests to "http://upstream-hash-by.foo.com/item/{n}"
    Then the responses must come from at least 2 different pods
    When I send 30 "GET" requests to "http://upstream-hash-by.foo.com/item/7"
    Then all the responses status-code must be 200 and the response body should contain the IP address of 1 different Kubernetes pods
    And the request headers must not contain "X-Ingressc-Lb-Key"

  # ingressc: annotations.md "${request_uri}-text-value"; the query string is part of $request_uri.
  Scenario: text in the key (${request_uri}-text-value), the query part of the URI
    Given The backend deployment "echo" for the ingress resource is scaled to 6
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: hash-text
      annotations:
        nginx.ingress.kubernetes.io/upstream-hash-by: "${request_uri}-text-value"
    spec:
      rules:
        - host: upstream-hash-by.foo.com
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
    When I send 30 numbered "GET" requests to "http://upstream-hash-by.foo.com/?id=42"
    Then all the responses status-code must be 200 and the response body should contain the IP address of 1 different Kubernetes pods
    When I send 40 numbered "GET" requests to "http://upstream-hash-by.foo.com/?id={n}"
    Then the responses must come from at least 2 different pods

  # ingressc: a request header as the key ($http_x_user: header X-User).
  Scenario: upstream-hash-by $http_x_user keeps a user on one pod and spreads users
    Given The backend deployment "echo" for the ingress resource is scaled to 6
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: hash-header
      annotations:
        nginx.ingress.kubernetes.io/upstream-hash-by: "$http_x_user"
    spec:
      rules:
        - host: upstream-hash-by.foo.com
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
    When I send 30 "GET" requests to "http://upstream-hash-by.foo.com/a" with header
    """
    {"X-User": "alice"}
    """
    Then all the responses status-code must be 200 and the response body should contain the IP address of 1 different Kubernetes pods
    When I send 40 numbered "GET" requests to "http://upstream-hash-by.foo.com/a" with header
    """
    {"X-User": "user-{n}"}
    """
    Then the responses must come from at least 2 different pods

  # ingressc: a cookie as the key.
  Scenario: upstream-hash-by $cookie_session keeps a session on one pod and spreads sessions
    Given The backend deployment "echo" for the ingress resource is scaled to 6
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: hash-cookie
      annotations:
        nginx.ingress.kubernetes.io/upstream-hash-by: "$cookie_session"
    spec:
      rules:
        - host: upstream-hash-by.foo.com
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
    When I send 30 "GET" requests to "http://upstream-hash-by.foo.com/" with header
    """
    {"Cookie": "theme=dark; session=abc123"}
    """
    Then all the responses status-code must be 200 and the response body should contain the IP address of 1 different Kubernetes pods
    When I send 40 numbered "GET" requests to "http://upstream-hash-by.foo.com/" with header
    """
    {"Cookie": "session=s{n}"}
    """
    Then the responses must come from at least 2 different pods

  # ingressc: a query parameter as the key ($arg_id); other parameters do not matter.
  Scenario: upstream-hash-by $arg_id keeps an id on one pod and spreads ids
    Given The backend deployment "echo" for the ingress resource is scaled to 6
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: hash-arg
      annotations:
        nginx.ingress.kubernetes.io/upstream-hash-by: "$arg_id"
    spec:
      rules:
        - host: upstream-hash-by.foo.com
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
    When I send 40 numbered "GET" requests to "http://upstream-hash-by.foo.com/?id=7&page={n}"
    Then all the responses status-code must be 200 and the response body should contain the IP address of 1 different Kubernetes pods
    When I send 40 numbered "GET" requests to "http://upstream-hash-by.foo.com/?id={n}"
    Then the responses must come from at least 2 different pods

  # ingressc: the client address as the key (the suite's client is always 127.0.0.1).
  Scenario: upstream-hash-by $remote_addr keeps a client on one pod
    Given The backend deployment "echo" for the ingress resource is scaled to 6
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: hash-client
      annotations:
        nginx.ingress.kubernetes.io/upstream-hash-by: "$remote_addr"
    spec:
      rules:
        - host: upstream-hash-by.foo.com
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
    When I send 40 numbered "GET" requests to "http://upstream-hash-by.foo.com/item/{n}"
    Then all the responses status-code must be 200 and the response body should contain the IP address of 1 different Kubernetes pods

  # ingressc: without upstream-hash-by, requests spread (round robin: every pod of 6 within 60 requests).
  Scenario: load-balance round_robin spreads requests over every pod
    Given The backend deployment "echo" for the ingress resource is scaled to 6
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: lb-rr
      annotations:
        nginx.ingress.kubernetes.io/load-balance: "round_robin"
    spec:
      rules:
        - host: upstream-hash-by.foo.com
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
    When I send 60 "GET" requests to "http://upstream-hash-by.foo.com/"
    Then all the responses status-code must be 200 and the response body should contain the IP address of 6 different Kubernetes pods

  # ingressc: ewma (approximated by each target's least-connections balancer) still spreads sequential requests.
  Scenario: load-balance ewma serves every request and spreads them
    Given The backend deployment "echo" for the ingress resource is scaled to 6
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: lb-ewma
      annotations:
        nginx.ingress.kubernetes.io/load-balance: "ewma"
    spec:
      rules:
        - host: upstream-hash-by.foo.com
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
    When I send 60 "GET" requests to "http://upstream-hash-by.foo.com/"
    Then the responses must come from at least 2 different pods

  # ingressc: upstream-hash-by takes preference over load-balance (annotations.md "Custom NGINX load balancing").
  Scenario: upstream-hash-by wins over load-balance
    Given The backend deployment "echo" for the ingress resource is scaled to 6
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: lb-both
      annotations:
        nginx.ingress.kubernetes.io/load-balance: "ewma"
        nginx.ingress.kubernetes.io/upstream-hash-by: "$request_uri"
    spec:
      rules:
        - host: upstream-hash-by.foo.com
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
    When I send 40 "GET" requests to "http://upstream-hash-by.foo.com/same"
    Then all the responses status-code must be 200 and the response body should contain the IP address of 1 different Kubernetes pods

  # ingressc: an absent header is the empty key (util.lua generate_var_value): every such request hashes alike.
  Scenario: requests without the key's header all go to one pod
    Given The backend deployment "echo" for the ingress resource is scaled to 6
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: hash-header
      annotations:
        nginx.ingress.kubernetes.io/upstream-hash-by: "$http_x_user"
    spec:
      rules:
        - host: upstream-hash-by.foo.com
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
    When I send 40 numbered "GET" requests to "http://upstream-hash-by.foo.com/item/{n}"
    Then all the responses status-code must be 200 and the response body should contain the IP address of 1 different Kubernetes pods

  # ingressc: controller.go createUpstreams: the upstream of a Service port takes upstream-hash-by and
  # load-balance from the first Ingress (oldest) naming it; the other Ingress's routes use it too.
  Scenario: the oldest Ingress naming the Service decides its hashing for every Ingress
    Given The backend deployment "echo" for the ingress resource is scaled to 6
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: older
      creationTimestamp: "2024-01-01T00:00:00Z"
      annotations:
        nginx.ingress.kubernetes.io/upstream-hash-by: "$request_uri"
    spec:
      rules:
        - host: a.foo.com
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
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: newer
      creationTimestamp: "2025-01-01T00:00:00Z"
      annotations:
        nginx.ingress.kubernetes.io/load-balance: "round_robin"
    spec:
      rules:
        - host: b.foo.com
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
    When I send 40 "GET" requests to "http://b.foo.com/same"
    Then all the responses status-code must be 200 and the response body should contain the IP address of 1 different Kubernetes pods

  # ingressc: balancer.lua get_implementation: cookie affinity on the upstream wins over upstream-hash-by;
  # without the cookie each request may land anywhere (the same URI on several pods), with it on one.
  Scenario: affinity cookie takes precedence over upstream-hash-by
    Given The backend deployment "echo" for the ingress resource is scaled to 6
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: hash-sticky
      annotations:
        nginx.ingress.kubernetes.io/upstream-hash-by: "$request_uri"
        nginx.ingress.kubernetes.io/affinity: "cookie"
        nginx.ingress.kubernetes.io/session-cookie-name: "route"
    spec:
      rules:
        - host: upstream-hash-by.foo.com
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
    When I send 40 "GET" requests to "http://upstream-hash-by.foo.com/same"
    Then the responses must come from at least 2 different pods
    When I send a "GET" request to "http://upstream-hash-by.foo.com/same"
    Then the response header "Set-Cookie" must contain "route="
    When I send 10 "GET" requests to "http://upstream-hash-by.foo.com/same" with the cookie "route" from the last response
    Then all the responses must be served by the same pod

  # ingressc: the Ingress of It("should connect to the same subset of pods"); different URIs pick different subsets.
  Scenario: upstream-hash-by-subset spreads different URIs over both subsets
    Given The backend deployment "echo" for the ingress resource is scaled to 6
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: hash-subset
      annotations:
        nginx.ingress.kubernetes.io/upstream-hash-by: "$request_uri"
        nginx.ingress.kubernetes.io/upstream-hash-by-subset: "true"
        nginx.ingress.kubernetes.io/upstream-hash-by-subset-size: "3"
    spec:
      rules:
        - host: upstream-hash-by.foo.com
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
    When I send 40 numbered "GET" requests to "http://upstream-hash-by.foo.com/item/{n}"
    Then the responses must come from at least 4 different pods

  # ingressc: a key of text only is the same for every request (annotations.md: "text value"): one pod serves them all.
  Scenario: a key of text only sends every request to one pod
    Given The backend deployment "echo" for the ingress resource is scaled to 6
    Given an Ingress resource
    """
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: hash-fixed
      annotations:
        nginx.ingress.kubernetes.io/upstream-hash-by: "fixed-text"
    spec:
      rules:
        - host: upstream-hash-by.foo.com
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
    When I send 30 numbered "GET" requests to "http://upstream-hash-by.foo.com/item/{n}?u={n}"
    Then all the responses status-code must be 200 and the response body should contain the IP address of 1 different Kubernetes pods
