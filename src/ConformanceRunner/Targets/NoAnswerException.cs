namespace ConformanceRunner.Targets;

/// <summary>
/// A request the server never answered: the connection dropped, was refused, or the answer took longer than the
/// per-request timeout. The scenario fails with this one line instead of a stack of socket exceptions.
/// </summary>
public sealed class NoAnswerException(string method, Uri uri, string reason, Exception inner)
    : Exception($"{method} {uri}: {reason}", inner)
{
    public string Reason { get; } = reason;

    public static bool IsNoAnswer(Exception exception) => exception is HttpRequestException or TimeoutException or IOException;

    /// <summary>Why a request got no answer, in a few words: the run's probe and every failed exchange say it alike.</summary>
    public static string ReasonFor(Exception exception) => exception switch
    {
        AttemptTimeoutException timeout => $"no answer within {timeout.Timeout.TotalSeconds:0.###} s (the per-request --timeout)",
        TimeoutException timeout => timeout.Message,
        HttpRequestException { InnerException: System.Security.Authentication.AuthenticationException tls } => "TLS handshake failed (" + tls.Message.TrimEnd('.') + ")",
        HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => "host not found (" + Innermost(exception) + ")",
        _ when IsDropped(exception) => "the server closed the connection before answering (dropped connection: " + Innermost(exception) + ")",
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } => "could not connect (" + Innermost(exception) + ")",
        HttpRequestException or IOException => "the connection failed (" + Innermost(exception) + ")",
        _ => exception.Message,
    };

    private static bool IsDropped(Exception? exception) => exception switch
    {
        null => false,
        HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded } => true,
        System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionReset or System.Net.Sockets.SocketError.ConnectionAborted } => true,
        _ => IsDropped(exception.InnerException),
    };

    private static string Innermost(Exception exception) => (exception.InnerException is { } inner ? Innermost(inner) : exception.Message).TrimEnd('.');
}
