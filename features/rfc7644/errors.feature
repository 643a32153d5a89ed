@rfc7644 @rfc7644.3.12
Feature: errors are SCIM error objects with the status as a string
  RFC 7644 §3.12: errors carry the schema urn:ietf:params:scim:api:messages:2.0:Error, "status" as a string, an optional
  "scimType" and a "detail".
  Server behaviour (wire-scim.md §9.3, §14.1): since #5439 Wire answers the bare RFC object, content type
  application/scim+json;charset=utf-8; 401 has no scimType; 404 says "<Type> <id> not found".

  Background:
    Given a team provisioned by SCIM with email invitations

  Rule: every error is a SCIM error object

    @rfc7644.3.12 @rfc7644.3.4.1 @server @must
    Scenario: an unknown user id is 404
      When the client sends GET "/Users/3f0b2b6e-0000-4000-8000-000000000404"
      Then the response is a SCIM error with status "404"
      And the error detail is "User 3f0b2b6e-0000-4000-8000-000000000404 not found"
      And the response has no field "scimType"
      And the response matches the snapshot

    @rfc7644.3.12 @server @must
    Scenario: a request without a token is 401
      When the client sends GET "/Users?filter=userName%20eq%20%22jane%22" without a token
      Then the response is a SCIM error with status "401"
      And the error detail is "authorization failed: Token not provided"
      And the response has no field "scimType"
      And the response matches the snapshot

    @rfc7644.3.12 @server @must
    Scenario: a request with an unknown token is 401
      When the client sends GET "/Users?filter=userName%20eq%20%22jane%22" with the token "bm90LWEtcmVhbC10b2tlbi1ub3QtYS1yZWFsLXRva2Vu="
      Then the response is a SCIM error with status "401"
      And the error detail is "authorization failed: Invalid SCIM token"

    @rfc7644.3.12 @server @must
    Scenario: the token is checked before the filter
      When the client sends GET "/Users" without a token
      Then the response is a SCIM error with status "401"

    @rfc7644.3.12 @server @must
    Scenario: a conflict is 409 uniqueness
      Given a user with userName "jane.doe" exists
      When the client creates a user with userName "jane.doe"
      Then the response is a SCIM error with status "409"
      And the response field "scimType" is "uniqueness"

    @rfc7644.3.12 @server @must
    Scenario: an invalid value is 400 invalidValue
      When the client creates a user with userName "jane doe"
      Then the response is a SCIM error with status "400"
      And the response field "scimType" is "invalidValue"
      And the response matches the snapshot

    @rfc7644.3.12 @server @must @edge
    Scenario: a payload too large is 413
      When the client creates a user with a rich info field "Bio" of 6000 characters
      Then the response is a SCIM error with status "413"
      And the response field "scimType" is "invalidValue"

    @rfc7644.3.12 @rfc7644.8.1 @server @must
    Scenario: errors have the SCIM media type
      When the client sends GET "/Users/3f0b2b6e-0000-4000-8000-000000000404"
      Then the response content type is "application/scim+json;charset=utf-8"
