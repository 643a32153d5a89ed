using System.Text.Encodings.Web;
using System.Text.Json;

namespace MockWireServer.Scim.Http;

/// <summary>Writer settings for every response: quotes as \" and non-ASCII as UTF-8, the way Wire's aeson writes them.</summary>
public static class JsonOutput
{
    public static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
