@rfc7644 @rfc7644.3.4.2
Feature: users are listed with a filter in a ListResponse
  RFC 7644 §3.4.2: a query answers a ListResponse with totalResults, Resources, startIndex and itemsPerPage; a filter
  that matches nothing is 200 with zero results; an unsupported filter is 400 invalidFilter.
  Server behaviour (wire-scim.md §9.2, §10.1): only `userName eq` and `externalId eq`, at most one result; no filter is
  400 tooMany; a userName that is not a valid handle finds nothing (Azure's probe); names and operators are
  case-insensitive; startIndex and count are ignored.

  Background:
    Given a team provisioned by SCIM with email invitations
    And a user with userName "jane.doe" exists

  Rule: a filter answers a ListResponse

    @rfc7644.3.4.2 @server @must
    Scenario: a matching filter lists the user
      When the client filters users by userName "jane.doe"
      Then the response is a ListResponse of 1 resource
      And the response field "Resources[0].userName" is "jane.doe"
      And the response content type is "application/scim+json;charset=utf-8"

    @rfc7644.3.4.2 @server @must @edge
    Scenario Outline: a filter that matches nothing lists zero resources: <what>
      When the client sends GET "/Users?filter=<filter>"
      Then the response is a ListResponse of 0 resources
      And the response matches the snapshot

      Examples:
        | what                      | filter                                                            |
        | an unknown userName       | userName%20eq%20%22nobody.here%22                                  |
        | an invalid handle         | userName%20eq%20%22Not%20A%20Handle!%22                            |
        | an unknown externalId     | externalId%20eq%20%22nobody%40example.com%22                       |

    @rfc7644.3.4.2 @server @should @edge
    Scenario Outline: the filter's attribute name and operator are case-insensitive: <filter>
      When the client sends GET "/Users?filter=<filter>"
      Then the response is a ListResponse of 0 resources

      Examples:
        | filter                                                                              |
        | USERNAME%20EQ%20%22nobody.here%22                                                    |
        | urn%3Aietf%3Aparams%3Ascim%3Aschemas%3Acore%3A2.0%3AUser%3AuserName%20eq%20%22x.y%22 |

    @rfc7644.3.4.2 @server @must @edge
    Scenario: startIndex and count are ignored on Users
      When the client sends GET "/Users?filter=userName%20eq%20%22nobody.here%22&startIndex=5&count=1"
      Then the response is a ListResponse of 0 resources

  Rule: filters Wire does not support are errors, not unfiltered lists

    @rfc7644.3.4.2 @server @must
    Scenario: a list without a filter is refused as too many
      When the client sends GET "/Users"
      Then the request is rejected with status 400 and scimType "tooMany"
      And the error detail is "Please specify a filter when getting users."
      And the response matches the snapshot

    @rfc7644.3.4.2 @server @must
    Scenario Outline: the filter <what> is refused
      When the client sends GET "/Users?filter=<filter>"
      Then the request is rejected with status 400 and scimType "invalidFilter"
      And the error detail is "<detail>"

      Examples:
        | what                         | filter                                                                            | detail                  |
        | with the co operator         | userName%20co%20%22jane%22                                                         | Operation not supported |
        | with the ne operator         | userName%20ne%20%22jane%22                                                         | Operation not supported |
        | on displayName               | displayName%20eq%20%22Jane%22                                                      | Unsupported attribute   |
        | on emails                    | emails%20eq%20%22jane%40example.com%22                                             | Unsupported attribute   |
        | with an extension URN prefix | urn%3Aietf%3Aparams%3Ascim%3Aschemas%3Aextension%3Awire%3A1.0%3AUser%3Ax%20eq%20%22y%22 | Unsupported schema |

    @rfc7644.3.4.2 @server @must
    Scenario Outline: the filter <what> does not parse
      Wire answers servant's plain-text 400 here; the mock answers a SCIM invalidFilter (README "Fidelity").
      When the client sends GET "/Users?filter=<filter>"
      Then the request is rejected with status 400

      Examples:
        | what              | filter                                                                 |
        | joined with and   | userName%20eq%20%22a%22%20and%20externalId%20eq%20%22b%22               |
        | with pr           | userName%20pr                                                          |
        | that is gibberish | %28%28%28                                                              |
