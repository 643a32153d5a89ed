@rfc7644 @rfc7644.3.6
Feature: DELETE removes a user, and repeating it is harmless
  RFC 7644 §3.6: a successful DELETE answers 204 with no body; the resource is then gone.
  Server behaviour (wire-scim.md §10.4, §14.6): since Wire 5.4.0 every DELETE with a valid token and a UUID answers
  204: the first, a repeated one, an unknown id, another team's user. Without a token it is 401.

  Background:
    Given a team provisioned by SCIM with email invitations
    And a user with userName "dora.delete" exists

  Rule: a deleted user is gone

    @rfc7644.3.6 @server @must
    Scenario: DELETE answers 204 without a body and the user is gone
      When the client deletes the user
      Then the response status is 204
      And the response has no body
      And the user no longer exists

    @rfc7644.3.6 @server @must
    Scenario: a deleted user is no longer found by a filter
      When the client deletes the user
      And the client filters users by userName "dora.delete"
      Then the response lists 0 users

  Rule: DELETE is idempotent

    @rfc7644.3.6 @server @divergence @must
    Scenario: a repeated DELETE answers 204 again
      RFC 7644 §3.6 suggests 404 for a resource that is already gone; Wire answers 204 since 5.4.0 (wire-scim.md §14.6).
      When the client deletes the user
      And the client deletes the user
      Then the response status is 204

    @rfc7644.3.6 @server @must
    Scenario: a DELETE of an unknown id answers 204
      When the client sends DELETE "/Users/3f0b2b6e-0000-4000-8000-000000000404"
      Then the response status is 204

    @rfc7644.3.6 @server @must
    Scenario: a DELETE without a token is 401 and deletes nothing
      When the client sends DELETE "/Users/3f0b2b6e-0000-4000-8000-000000000404" without a token
      Then the response is a SCIM error with status "401"
      When the client reads the user
      Then the response status is 200

    @rfc7644.3.6 @server @must
    Scenario: DELETE on the collection is not allowed
      When the client sends DELETE "/Users"
      Then the response status is 405
