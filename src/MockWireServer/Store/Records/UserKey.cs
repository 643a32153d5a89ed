using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace MockWireServer.Store.Records;

/// <summary>Which of a user's values a <see cref="UserKey"/> names.</summary>
public enum UserKeyKind
{
    /// <summary>The handle: unique across all teams (Wire: across the backend).</summary>
    Handle,

    /// <summary>Email mode: spar's scim_external table, keyed exactly by externalId within a team.</summary>
    ExternalId,

    /// <summary>Email mode: brig's lookup by email within a team (exact comparison).</summary>
    Email,

    /// <summary>SAML mode: the user ref, keyed by IdP and case-folded NameID (spar normalizeUnqualifiedNameId).</summary>
    SamlRef,
}

/// <summary>A key of one of the store's user indexes: its kind, the team and IdP that qualify it, and its text.</summary>
public readonly record struct UserKey(UserKeyKind Kind, Guid TeamId, Guid IdpId, string Value)
{
    // Per process, so that no one can choose keys that collide; a collision costs a lookup, never a wrong answer.
    private static readonly long Seed = Random.Shared.NextInt64();

    public static UserKey Handle(string handle) => new(UserKeyKind.Handle, Guid.Empty, Guid.Empty, handle);

    public ulong Hash() =>
        XxHash3.HashToUInt64(MemoryMarshal.AsBytes(Value.AsSpan()), Seed ^ ((long)HashCode.Combine(Kind, TeamId, IdpId) << 16));
}
