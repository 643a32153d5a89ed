@dialect.entra @entra
Feature: Microsoft Entra ID provisions Wire users
  What Entra's provisioning client sends (scim-landscape.md §1): a Test Connection query for a random user that must
  answer an empty list; matching by userName or externalId filters; PATCH with capitalised ops ("Replace", "Add"),
  emails[type eq "work"].value paths, and soft delete as {"op":"Replace","path":"active","value":"False"} with the
  boolean as a string (the default, without ?aadOptscim062020); DELETE at the end.
  Server behaviour: wire-scim.md §7 (string booleans), §10.1 (the Azure probe finds nothing, no error), §10.2 (ops are
  case-insensitive), §14.4 (PATCH on emails[type eq "work"].value creates or updates the work email).

  Background:
    Given a team provisioned by SCIM with SAML SSO

  Rule: Entra's Test Connection gets an empty list

    @rfc7644.3.4.2 @server @must
    Scenario: the random-user probe answers an empty ListResponse
      When the client sends GET "/Users?filter=userName%20eq%20%2287c1f6a6-3c2d-4b7e-9f0e-5d4a2b1c0e9f%22"
      Then the response is a ListResponse of 0 resources

    @rfc7644.3.4.2 @server @must
    Scenario: an externalId probe answers an empty ListResponse
      When the client sends GET "/Users?filter=externalId%20eq%20%2287c1f6a6-3c2d-4b7e-9f0e-5d4a2b1c0e9f%22"
      Then the response is a ListResponse of 0 resources

  Rule: Entra creates, matches, updates, disables and deletes a user

    @wire.active.suspend @rfc7644.3.5.2 @server @must
    Scenario: a full Entra provisioning journey
      When the client filters users by externalId "adele.vance@example.com"
      Then the response lists 0 users
      When the client creates a user with body:
        """
        {
          "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
          "externalId": "adele.vance@example.com",
          "userName": "adele.vance",
          "active": true,
          "displayName": "Adele Vance",
          "emails": [{"primary": true, "type": "work", "value": "adele.vance@example.com"}],
          "name": {"formatted": "Adele Vance", "familyName": "Vance", "givenName": "Adele"},
          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"department": "Retail"}
        }
        """
      Then the user is created
      And the user is active
      When the client filters users by externalId "adele.vance@example.com"
      Then the response lists 1 user
      When the client filters users by userName "adele.vance"
      Then the response lists 1 user
      When the client patches the user with:
        """
        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [
          {"op": "Replace", "path": "displayName", "value": "Adele V."},
          {"op": "Add", "path": "emails[type eq \"work\"].value", "value": "adele.v@example.com"}]}
        """
      Then the response status is 200
      And the user's displayName is "Adele V."
      And the response field "emails" is the JSON '[{"value":"adele.v@example.com","type":"work","primary":true}]'
      When the client patches the user with:
        """
        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "Replace", "path": "active", "value": "False"}]}
        """
      Then the response status is 200
      And the user is inactive
      When the client filters users by userName "adele.vance"
      Then the response lists 1 user
      And the user is inactive
      When the client patches the user with:
        """
        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "Replace", "path": "active", "value": "True"}]}
        """
      Then the user is active
      When the client deletes the user
      Then the response status is 204
      And the user no longer exists
      When the client deletes the user
      Then the response status is 204

  Rule: Entra's work-email PATCH creates the email when there is none

    @wire.emails @server @must
    Scenario: Add on emails[type eq "work"].value gives a user without email a work email
      Given a user exists with body:
        """
        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "nora.nomail", "externalId": "nora-4711", "displayName": "Nora"}
        """
      When the client patches the user with:
        """
        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "Add", "path": "emails[type eq \"work\"].value", "value": "nora@example.com"}]}
        """
      Then the response status is 200
      And the response field "emails" is the JSON '[{"value":"nora@example.com","type":"work"}]'

    @rfc7644.3.4.2 @server @must
    Scenario: Entra's match by work email is refused as an unsupported filter
      Wire filters only on userName and externalId (wire-scim.md §10.1); an Entra app must match on one of those.
      When the client sends GET "/Users?filter=emails%5Btype%20eq%20%22work%22%5D.value%20eq%20%22adele%40example.com%22"
      Then the request is rejected with status 400 and scimType "invalidFilter"
