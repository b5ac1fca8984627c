namespace AppServer.Core.Providers;

/// <summary>Which HTTP API a model provider speaks.</summary>
public enum WireApi
{
    /// <summary>The OpenAI Responses API (<c>POST {base}/responses</c>), like the reference.</summary>
    Responses,

    /// <summary>Chat Completions (<c>POST {base}/chat/completions</c>) for Ollama, vLLM, llama.cpp, LM Studio.</summary>
    Chat,
}
