@dialect.okta @okta
Feature: Okta provisions Wire users
  What Okta sends (scim-landscape.md §2): Test Connection GET /Users?startIndex=1&count=2, an existence check
  filter=userName eq, creation, updates by PUT (full replace, AIW apps) or PATCH (OIN template), deactivation as
  {"op":"replace","value":{"active":false}} with no path, and DELETE.
  Server behaviour: wire-scim.md §1.2 (a list without filter is 400 tooMany), §4 (userName must be a handle, so Okta's
  default email-shaped username is refused), §7, §10.2 (a no-path replace must carry userName and externalId).

  Background:
    Given a team provisioned by SCIM with SAML SSO

  Rule: Okta's Test Connection does not work against Wire

    @rfc7644.3.4.2 @server @must
    Scenario: the unfiltered startIndex/count probe is refused as too many
      Wire requires a filter on every Users list; Okta's connection test therefore reports an error, and the Okta app has
      to be configured without it.
      When the client sends GET "/Users?startIndex=1&count=2"
      Then the request is rejected with status 400 and scimType "tooMany"
      And the error detail is "Please specify a filter when getting users."

  Rule: Okta's username must be mapped to a Wire handle

    @wire.handle.charset @server @must
    Scenario: Okta's default username, an email address, is not a valid userName
      When the client creates a user with body:
        """
        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "isaac.brock@example.com", "externalId": "isaac.brock@example.com",
         "name": {"givenName": "Isaac", "familyName": "Brock"}, "emails": [{"primary": true, "value": "isaac.brock@example.com", "type": "work"}],
         "displayName": "Isaac Brock", "active": true}
        """
      Then the request is rejected with status 400 and scimType "invalidValue"
      And the error detail is "isaac.brock@example.comis not a valid Wire handle"

  Rule: Okta creates, matches, updates by PUT, deactivates and deletes a user

    @wire.active.suspend @wire.active.reactivate @rfc7644.3.5.1 @server @must
    Scenario: a full Okta provisioning journey with PUT updates
      When the client filters users by userName "isaac.brock"
      Then the response lists 0 users
      When the client creates a user with body:
        """
        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "isaac.brock", "externalId": "isaac.brock@example.com",
         "name": {"givenName": "Isaac", "familyName": "Brock"}, "emails": [{"primary": true, "value": "isaac.brock@example.com", "type": "work"}],
         "displayName": "Isaac Brock", "locale": "en-US", "active": true}
        """
      Then the user is created
      When the client filters users by userName "isaac.brock"
      Then the response lists 1 user
      When the client replaces the user with body:
        """
        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "isaac.brock", "externalId": "isaac.brock@example.com",
         "name": {"givenName": "Isaac", "familyName": "Brock-Smith"}, "emails": [{"primary": true, "value": "isaac.brock@example.com", "type": "work"}],
         "displayName": "Isaac Brock-Smith", "active": true}
        """
      Then the response status is 200
      And the user's displayName is "Isaac Brock-Smith"
      When the client replaces the user with body:
        """
        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "isaac.brock", "externalId": "isaac.brock@example.com",
         "displayName": "Isaac Brock-Smith", "active": false}
        """
      Then the response status is 200
      And the user is inactive
      When the client replaces the user with body:
        """
        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "isaac.brock", "externalId": "isaac.brock@example.com",
         "displayName": "Isaac Brock-Smith", "active": true}
        """
      Then the user is active
      When the client deletes the user
      Then the response status is 204
      And the user no longer exists

  Rule: Okta's no-path deactivation is refused; with userName and externalId it works

    @rfc7644.3.5.2 @server @must
    Scenario: {"op":"replace","value":{"active":false}} without userName is refused
      hscim parses a no-path value as a whole User, and userName is required (wire-scim.md §10.2).
      Given a user with userName "isaac.brock" exists
      When the client patches the user with:
        """
        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "replace", "value": {"active": false}}]}
        """
      Then the request is rejected with status 400 and scimType "invalidValue"
      And the error detail is 'Error in $: key "username" not found'
      When the client reads the user
      Then the user is active

    @wire.active.suspend @server @must
    Scenario: a no-path replace that carries userName and externalId deactivates
      Given a user exists with body:
        """
        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "isaac.brock", "externalId": "isaac.brock@example.com", "displayName": "Isaac"}
        """
      When the client patches the user with:
        """
        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "replace", "value": {"userName": "isaac.brock", "externalId": "isaac.brock@example.com", "displayName": "Isaac", "active": false}}]}
        """
      Then the response status is 200
      And the user is inactive

    @wire.active.suspend @server @must
    Scenario: the OIN template's PATCH with a path deactivates
      Given a user with userName "isaac.brock" exists
      When the client patches the user with:
        """
        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "replace", "path": "active", "value": false}]}
        """
      Then the response status is 200
      And the user is inactive
