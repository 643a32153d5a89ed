@wire @wire.attributes
Feature: roles, preferredLanguage, password, emails and the attributes Wire ignores
  Server behaviour (wire-scim.md §8.2–8.4, §14.2, §14.4): 0 or 1 role out of owner, admin, member, partner, returned as
  [{"value": …}]; preferredLanguage is a lowercase ISO 639-1 code, the backend default when absent; a password is
  refused; one email is kept and its type and primary are echoed as sent; other core attributes are accepted and
  neither stored nor returned.

  Background:
    Given a team provisioned by SCIM with SAML SSO

  Rule: a user has one team role, member by default

    @wire.roles @server @must
    Scenario: a user without roles is a member
      When the client creates a user with userName "mia.member"
      Then the user is created
      And the response field "roles" is the JSON '[{"value":"member"}]'

    @wire.roles @server @must
    Scenario Outline: the role <role> is given as <form>
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"rolf.role","externalId":"rolf.role@example.com","displayName":"Rolf","roles":[<roles>]}
        """
      Then the user is created
      And the response field "roles" is the JSON '[{"value":"<role>"}]'

      Examples:
        | role    | form     | roles               |
        | admin   | a string | "admin"             |
        | partner | a string | "partner"           |
        | owner   | an object | {"value":"owner"}  |
        | member  | an object | {"value":"member"} |

    @wire.roles @server @must
    Scenario Outline: roles <what> are rejected
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"rolf.role","externalId":"rolf.role@example.com","displayName":"Rolf","roles":[<roles>]}
        """
      Then the request is rejected with status 400 and scimType "invalidValue"
      And the error detail is "<detail>"

      Examples:
        | what                | roles             | detail                                                                              |
        | with two entries    | "admin","member"  | A user cannot have more than one role. (post)                                       |
        | with an unknown one | "foobar"          | The role 'foobar' is not valid. Valid roles are owner, admin, member, partner. (post) |

    @wire.roles @server @must
    Scenario: a PUT without roles keeps the current role
      Given a user exists with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"rolf.role","externalId":"rolf.role@example.com","displayName":"Rolf","roles":["admin"]}
        """
      When the client replaces the user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"rolf.role","externalId":"rolf.role@example.com","displayName":"Rolf R."}
        """
      Then the response status is 200
      And the response field "roles" is the JSON '[{"value":"admin"}]'

    @wire.roles @server @must
    Scenario: PATCH changes the role
      Given a user with userName "rolf.role" exists
      When the client patches the user with:
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"roles","value":[{"value":"admin"}]}]}
        """
      Then the response status is 200
      And the response field "roles" is the JSON '[{"value":"admin"}]'

  Rule: preferredLanguage is a lowercase ISO 639-1 code

    @wire.language @server @must
    Scenario Outline: the language "<sent>" is stored as "<stored>"
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"lena.lang","externalId":"lena.lang@example.com","displayName":"Lena","preferredLanguage":"<sent>"}
        """
      Then the user is created
      And the user's preferredLanguage is "<stored>"

      Examples:
        | sent | stored |
        | de   | de     |
        | fr   | fr     |

    @wire.language @server @must
    Scenario: without preferredLanguage the backend default is used
      When the client creates a user with userName "lena.lang"
      Then the user is created
      And the user's preferredLanguage is "en"

    @wire.language @server @must
    Scenario Outline: the language "<sent>" is rejected
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"lena.lang","externalId":"lena.lang@example.com","displayName":"Lena","preferredLanguage":"<sent>"}
        """
      Then the request is rejected with status 400 and scimType "invalidValue"
      And the error detail is "Could not parse language. Expected format is ISO 639-1. (post)"

      Examples:
        | sent    |
        | DE      |
        | xx      |
        | e       |

    @wire.language @server @must
    Scenario: a PUT without preferredLanguage resets it to the default
      Given a user exists with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"lena.lang","externalId":"lena.lang@example.com","displayName":"Lena","preferredLanguage":"de"}
        """
      When the client replaces the user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"lena.lang","externalId":"lena.lang@example.com","displayName":"Lena"}
        """
      Then the response status is 200
      And the user's preferredLanguage is "en"

  Rule: passwords cannot be set through SCIM

    @wire.password.rejected @server @must
    Scenario: a user with a password is rejected
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"pat.pass","externalId":"pat.pass@example.com","displayName":"Pat","password":"S3cret!pass"}
        """
      Then the request is rejected with status 400 and scimType "invalidValue"
      And the error detail is "Setting user passwords is not supported for security reasons. (post)"
      And the response matches the snapshot

    @wire.password.rejected @server @must
    Scenario: a PUT with a password is rejected
      Given a user with userName "pat.pass" exists
      When the client replaces the user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"pat.pass","externalId":"pat.pass@example.com","displayName":"Pat","password":"S3cret!pass"}
        """
      Then the request is rejected with status 400 and scimType "invalidValue"
      And the error detail is "Setting user passwords is not supported for security reasons. (put)"

  Rule: one email is kept, with its type and primary as sent

    @wire.emails @server @must
    Scenario: an email without type or primary comes back as sent
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"emil.mail","externalId":"emil-4711","displayName":"Emil","emails":[{"value":"emil@example.com"}]}
        """
      Then the user is created
      And the response field "emails" is the JSON '[{"value":"emil@example.com"}]'

    @wire.emails @server @must
    Scenario: type and primary are echoed as sent
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"emil.mail","externalId":"emil-4711","displayName":"Emil","emails":[{"value":"emil@example.com","type":"home","primary":true}]}
        """
      Then the user is created
      And the response field "emails" is the JSON '[{"value":"emil@example.com","type":"home","primary":true}]'

    @wire.emails @server @must
    Scenario: of several emails the primary one is kept
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"emil.mail","externalId":"emil-4711","displayName":"Emil","emails":[{"value":"other@example.com","type":"other"},{"value":"emil@example.com","type":"work","primary":true}]}
        """
      Then the user is created
      And the response field "emails" is the JSON '[{"value":"emil@example.com","type":"work","primary":true}]'

    @wire.emails @server @must
    Scenario: more than one primary email is rejected
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"emil.mail","externalId":"emil-4711","displayName":"Emil","emails":[{"value":"a@example.com","primary":true},{"value":"b@example.com","primary":true}]}
        """
      Then the request is rejected with status 400 and scimType "invalidValue"
      And the error detail is "More than one email is marked as primary; RFC 7643 §2.4 allows at most one."

    @wire.emails @server @must
    Scenario: an email that is not an address is rejected
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"emil.mail","externalId":"emil-4711","displayName":"Emil","emails":[{"value":"not an address"}]}
        """
      Then the request is rejected with status 400

    @wire.emails @server @must
    Scenario: PATCH replaces the work email in place
      Given a user exists with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"emil.mail","externalId":"emil-4711","displayName":"Emil","emails":[{"value":"emil@example.com","type":"work"}]}
        """
      When the client patches the user with:
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"emails[type eq \"work\"].value","value":"emil.new@example.com"}]}
        """
      Then the response status is 200
      And the response field "emails" is the JSON '[{"value":"emil.new@example.com","type":"work"}]'

  Rule: other core attributes are accepted and ignored

    @wire.ignored-attributes @server @must
    Scenario Outline: <attribute> is accepted but not stored
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"ivy.ignored","externalId":"ivy.ignored@example.com","displayName":"Ivy","<attribute>":<value>}
        """
      Then the user is created
      And the response has no field "<attribute>"

      Examples:
        | attribute    | value                                         |
        | name         | {"givenName":"Ivy","familyName":"Ignored"}    |
        | nickName     | "ivy"                                         |
        | title        | "Engineer"                                    |
        | userType     | "Employee"                                    |
        | locale       | "de-DE"                                       |
        | timezone     | "Europe/Berlin"                               |
        | phoneNumbers | [{"value":"+49 30 1234567","type":"work"}]    |
        | addresses    | [{"locality":"Berlin","country":"DE"}]        |
        | photos       | [{"value":"https://example.com/ivy.png"}]     |
        | entitlements | [{"value":"vpn"}]                             |
        | urn:ietf:params:scim:schemas:extension:enterprise:2.0:User | {"employeeNumber":"4711"} |

    @wire.ignored-attributes @server @must
    Scenario: a client-sent id and meta are ignored
      When the client creates a user with body:
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"00000000-0000-0000-0000-000000000001","userName":"ivy.ignored","externalId":"ivy.ignored@example.com","displayName":"Ivy","meta":{"resourceType":"Group"}}
        """
      Then the user is created
      And the response field "id" is not "00000000-0000-0000-0000-000000000001"
      And the response field "meta.resourceType" is "User"
