@rfc7644 @rfc7644.8.1
Feature: SCIM speaks application/scim+json
  RFC 7644 §8.1: "SCIM clients and service providers MUST … use the media type application/scim+json"; JSON is also
  accepted.
  Server behaviour (wire-scim.md §9.1): accepts application/scim+json and application/json (with or without
  charset=utf-8), answers application/scim+json;charset=utf-8; another Content-Type is 415, an Accept it cannot meet 406.

  Background:
    Given a team provisioned by SCIM with email invitations

  Rule: responses are application/scim+json

    @rfc7644.8.1 @server @must
    Scenario Outline: a <what> response has the SCIM media type
      Given a user with userName "mo.media" exists
      When the client sends <method> "<path>"
      Then the response content type is "application/scim+json;charset=utf-8"

      Examples:
        | what        | method | path                                          |
        | list        | GET    | /Users?filter=userName%20eq%20%22mo.media%22   |
        | error       | GET    | /Users                                        |
        | discovery   | GET    | /ServiceProviderConfig                        |

    @rfc7644.8.1 @server @must
    Scenario: a created user has the SCIM media type
      When the client creates a user with userName "mo.media"
      Then the user is created
      And the response content type is "application/scim+json;charset=utf-8"

  Rule: requests in SCIM JSON or plain JSON are accepted, others are not

    @rfc7644.8.1 @server @must
    Scenario Outline: a body sent as <contentType> is accepted
      When the client creates a user sending Content-Type "<contentType>"
      Then the user is created

      Examples:
        | contentType                         |
        | application/scim+json               |
        | application/scim+json;charset=utf-8 |
        | application/json                    |
        | application/json;charset=utf-8      |

    @rfc7644.8.1 @server @should
    Scenario: a body sent as text/plain is refused as unsupported
      When the client creates a user sending Content-Type "text/plain"
      Then the response status is 415

    @rfc7644.8.1 @server @should
    Scenario: an Accept header the server cannot satisfy is refused
      When the client creates a user accepting only "text/html"
      Then the response status is 406
