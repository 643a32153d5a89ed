@rfc7644.4
Feature: A client discovers the server's SCIM capabilities without a token
  RFC 7644 §4 defines /ServiceProviderConfig and /ResourceTypes so a client can learn what the server supports.
  Wire serves both without authentication, with static content (including a "filter supported: false" that its own
  code comments call wrong).
  Source: RFC 7644 §4; Wire's server behaviour in wire-scim.md §1.3 and §14.3.

  @rfc7644.4.service-provider-config @server @must
  Scenario: the service provider configuration is served without a token
    When the client sends GET "/ServiceProviderConfig" without a token
    Then the response status is 200
    And the response field "patch.supported" is "true"
    And the response matches the snapshot

  @rfc7644.4.resource-types @server @must
  Scenario: the resource types are Users, with Wire's extensions, and Groups
    When the client sends GET "/ResourceTypes" without a token
    Then the response status is 200
    And the response field "totalResults" is "2"
    And the response matches the snapshot
