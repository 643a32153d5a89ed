@wire @wire.handle
Feature: userName is the user's Wire handle
  Wire's guide: "Set the userName attribute to the desired username. It must be unique across the entire Wire cloud (or
  unique on your instance) and consist of the characters a-z0-9_.- (no capital letters)."
  Server behaviour (wire-scim.md §4): spar lowercases the userName first, then requires [a-z0-9_.-] and 2..256
  characters; the error detail is the lowercased input followed by "is not a valid Wire handle" (no space). Handles are
  unique across the backend; a deleted user's handle is free again; brig refuses its blocklisted handles.

  Background:
    Given a team provisioned by SCIM with email invitations

  Rule: only a-z, 0-9, "_", "." and "-" are allowed

    @wire.handle.charset @doc @server @must
    Scenario Outline: a userName made of <what> is accepted
      When the client creates a user with userName "<userName>"
      Then the user is created
      And the user's userName is "<userName>"

      Examples:
        | what                | userName                   |
        | lowercase letters   | abcdefghijklmnopqrstuvwxyz |
        | digits              | 0123456789                 |
        | an underscore       | jane_doe                   |
        | a dot               | jane.doe                   |
        | a hyphen            | jane-doe                   |
        | every allowed class | j4ne_d.o-e                 |

    @wire.handle.charset @doc @server @must
    Scenario Outline: a userName containing <what> is rejected
      When the client creates a user with userName "<userName>"
      Then the request is rejected with status 400 and scimType "invalidValue"
      And the error detail is "<lowercased>is not a valid Wire handle"

      Examples:
        | what                | userName    | lowercased  |
        | a space             | jane doe    | jane doe    |
        | an at sign          | jane@doe    | jane@doe    |
        | a plus sign         | jane+doe    | jane+doe    |
        | a hash              | #jane       | #jane       |
        | an exclamation mark | jane!       | jane!       |
        | a slash             | jane/doe    | jane/doe    |
        | a comma             | jane,doe    | jane,doe    |
        | an apostrophe       | o'neil      | o'neil      |
        | a non-ASCII ä       | jäne        | jäne        |
        | a sharp s           | straße      | straße      |
        | Cyrillic letters    | жанна       | жанна       |
        | an emoji            | jane😀      | jane😀      |
        | uppercase and space | Jane Doe    | jane doe    |

  Rule: uppercase is lowercased, not rejected

    @wire.handle.lowercase @server @divergence @must
    Scenario: an uppercase userName is stored lowercased
      The guide says "no capital letters"; the server lowercases instead of rejecting (wire-scim.md §4).
      When the client creates a user with userName "Jane.Doe"
      Then the user is created
      And the user's userName is "jane.doe"
      And the response matches the snapshot

    @wire.handle.lowercase @server @divergence @must
    Scenario: the lowercased userName is what a later read returns
      Given a user with userName "MAX.Power" exists
      When the client reads the user
      Then the user's userName is "max.power"

  Rule: a handle has 2 to 256 characters

    @wire.handle.length @doc @server @must @edge
    Scenario Outline: a userName of <length> characters is accepted
      When the client creates a user with a userName of <length> characters
      Then the user is created
      And the user's userName is the <length> characters sent

      Examples:
        | length |
        | 2      |
        | 256    |

    @wire.handle.length @doc @server @must @edge
    Scenario Outline: a userName of <length> characters is rejected
      When the client creates a user with a userName of <length> characters
      Then the request is rejected with status 400 and scimType "invalidValue"
      And the error detail contains "is not a valid Wire handle"

      Examples:
        | length |
        | 1      |
        | 257    |

    @wire.handle.length @server @must @edge
    Scenario: an empty userName is rejected
      When the client creates a user whose userName is exactly ""
      Then the request is rejected with status 400 and scimType "invalidValue"
      And the error detail is "is not a valid Wire handle"

  Rule: a handle is unique across the whole backend, whatever its case

    @wire.handle.unique @doc @server @must
    Scenario: a userName taken in the same team is rejected
      Given a user with userName "jane.doe" exists
      When the client creates a user with userName "jane.doe"
      Then the request is rejected with status 409 and scimType "uniqueness"
      And the error detail is "userName is already taken"
      And the response matches the snapshot

    @wire.handle.unique @server @must
    Scenario: a userName taken with other capitals is rejected
      Given a user with userName "jane.doe" exists
      When the client creates a user with userName "JANE.Doe"
      Then the request is rejected with status 409 and scimType "uniqueness"

    @wire.handle.unique @doc @server @must @mock-only
    Scenario: a userName taken in another team is rejected
      Given a user with userName "jane.doe" exists
      And another team provisioned by SCIM with email invitations
      When the other team's client creates a user with userName "jane.doe"
      Then the request is rejected with status 409 and scimType "uniqueness"
      And the error detail is "userName is already taken"

    @wire.handle.unique @server @must
    Scenario: renaming a user to another user's userName is rejected
      Given a user with userName "jane.doe" exists
      And a user with userName "john.roe" exists
      When the client patches the user "john.roe" with:
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"userName","value":"jane.doe"}]}
        """
      Then the request is rejected with status 409 and scimType "uniqueness"
      And the error detail is "userName already in use by another wire user"
      And the response matches the snapshot

    @wire.handle.unique @server @must
    Scenario: a user keeps its own userName on replace
      Given a user with userName "jane.doe" exists
      When the client patches the user "jane.doe" with:
        """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"userName","value":"jane.doe"},{"op":"replace","path":"displayName","value":"Jane D."}]}
        """
      Then the response status is 200
      And the user's displayName is "Jane D."

  Rule: a deleted user's handle can be taken again

    @wire.handle.reuse @server @must
    Scenario: a userName is free again after its user is deleted
      Given a user with userName "jane.doe" exists
      When the client deletes the user
      And the client creates a user with userName "jane.doe"
      Then the user is created

  Rule: brig's blocklisted handles are refused

    @wire.handle.reserved @server @should
    Scenario Outline: the reserved handle "<handle>" is refused
      brig's error is wrapped into a SCIM error: status copied, no scimType, brig's JSON as detail (wire-scim.md §4, §9.3;
      UNCONFIRMED in Wire's tests).
      When the client creates a user whose userName is exactly "<handle>"
      Then the request is rejected with status 400
      And the response has no field "scimType"
      And the error detail contains "invalid-handle"

      Examples:
        | handle  |
        | admin   |
        | support |
        | wire    |
        | team    |
