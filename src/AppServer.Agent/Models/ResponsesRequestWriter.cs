using System.Text.Json;

namespace AppServer.Agent.Models;

/// <summary>Writes the <c>POST /responses</c> body in the reference's key order.</summary>
internal static class ResponsesRequestWriter
{
    public static byte[] Write(ModelRequest request)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(16 * 1024);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("model", request.Model);
            w.WriteBoolean("stream", true);
            w.WriteStartArray("input");
            foreach (var item in request.Input)
            {
                w.WriteRawValue(item, skipInputValidation: true);
            }

            w.WriteEndArray();
            if (request.Tools.Count > 0)
            {
                w.WriteStartArray("tools");
                foreach (var tool in request.Tools)
                {
                    w.WriteRawValue(tool, skipInputValidation: true);
                }

                w.WriteEndArray();
            }

            w.WriteString("tool_choice", "auto");
            w.WriteBoolean("parallel_tool_calls", true);
            if (request.SupportsReasoning && (request.ReasoningEffort is not null || request.ReasoningSummary is not null))
            {
                w.WriteStartObject("reasoning");
                if (request.ReasoningEffort is { } effort)
                {
                    w.WriteString("effort", effort);
                }

                if (request.ReasoningSummary is { } summary)
                {
                    w.WriteString("summary", summary);
                }

                w.WriteEndObject();
            }

            w.WriteBoolean("store", false);
            w.WriteStartArray("include");
            if (request.SupportsReasoning && (request.ReasoningEffort is not null || request.ReasoningSummary is not null))
            {
                w.WriteStringValue("reasoning.encrypted_content");
            }

            w.WriteEndArray();
            w.WriteString("prompt_cache_key", request.PromptCacheKey);
            if (request.Verbosity is not null || request.OutputSchema is not null)
            {
                w.WriteStartObject("text");
                if (request.Verbosity is { } verbosity)
                {
                    w.WriteString("verbosity", verbosity);
                }

                if (request.OutputSchema is { } schema)
                {
                    w.WriteStartObject("format");
                    w.WriteString("type", "json_schema");
                    w.WriteBoolean("strict", true);
                    w.WritePropertyName("schema");
                    schema.WriteTo(w);
                    w.WriteString("name", "codex_output_schema");
                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            if (request.ClientMetadata.Count > 0)
            {
                w.WriteStartObject("client_metadata");
                foreach (var (key, value) in request.ClientMetadata)
                {
                    w.WriteString(key, value);
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
