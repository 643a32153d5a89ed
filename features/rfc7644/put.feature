@rfc7644 @rfc7644.3.5.1
Feature: PUT replaces the user, with Wire's defaults for what is left out
  RFC 7644 §3.5.1: PUT replaces the resource; attributes left out are cleared.
  Server behaviour (wire-scim.md §9.1, §10.3): displayName falls back, active defaults to true, the role is kept,
  preferredLanguage returns to the default and rich info is cleared; a PUT that changes nothing leaves meta.version and
  meta.lastModified as they were; an unknown id is 404.

  Background:
    Given a team provisioned by SCIM with SAML SSO
    And a user exists with body:
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"paul.put","externalId":"paul.put@example.com","displayName":"Paul Put",
       "preferredLanguage":"de","roles":["admin"],"urn:ietf:params:scim:schemas:extension:wire:1.0:User":{"Department":"Sales"}}
      """
    And the user's meta is noted

  Rule: PUT replaces the user

    @rfc7644.3.5.1 @server @must
    Scenario: the sent attributes replace the stored ones
      When the client replaces the user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"paula.put","externalId":"paula.put@example.com","displayName":"Paula Put","preferredLanguage":"fr"}
        """
      Then the response status is 200
      And the user's userName is "paula.put"
      And the user's externalId is "paula.put@example.com"
      And the user's displayName is "Paula Put"
      And the user's preferredLanguage is "fr"
      And meta.version has changed
      And meta.lastModified has changed
      And meta.created is unchanged
      And meta.location is unchanged
      And the response matches the snapshot

    @rfc7644.3.5.1 @server @divergence @must
    Scenario: what a PUT leaves out gets Wire's defaults, not null
      Wire's docs say "All omitted fields will be set to null"; the server falls back to the NameID for displayName,
      keeps the role, resets the language and clears rich info (wire-scim.md §10.3).
      When the client replaces the user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"paul.put","externalId":"paul.put@example.com"}
        """
      Then the response status is 200
      And the user's displayName is "paul.put@example.com"
      And the user's preferredLanguage is "en"
      And the response field "roles" is the JSON '[{"value":"admin"}]'
      And the response field '["urn:ietf:params:scim:schemas:extension:wire:1.0:User"]' is the JSON '{}'
      And the user is active

    @rfc7644.3.5.1 @server @must
    Scenario: a PUT that changes nothing leaves version and lastModified alone
      When the client replaces the user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"paul.put","externalId":"paul.put@example.com","displayName":"Paul Put",
         "preferredLanguage":"de","roles":["admin"],"urn:ietf:params:scim:schemas:extension:wire:1.0:User":{"Department":"Sales"}}
        """
      Then the response status is 200
      And meta.version is unchanged
      And meta.lastModified is unchanged

    @rfc7644.3.5.1 @server @must
    Scenario: a PUT to an unknown id is 404
      When the client sends PUT "/Users/3f0b2b6e-0000-4000-8000-000000000404" with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"nobody.here","externalId":"nobody@example.com","displayName":"Nobody"}
        """
      Then the response is a SCIM error with status "404"
      And the error detail is "User 3f0b2b6e-0000-4000-8000-000000000404 not found"

    @rfc7644.3.5.1 @server @must
    Scenario: a PUT is validated like a create, with the (put) suffix
      When the client replaces the user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"paul.put","externalId":"paul.put@example.com","displayName":"Paul","preferredLanguage":"DE"}
        """
      Then the request is rejected with status 400 and scimType "invalidValue"
      And the error detail is "Could not parse language. Expected format is ISO 639-1. (put)"
