namespace AppServer.Agent.Models;

/// <summary>Looks up <see cref="ModelFacts"/> for a model slug.</summary>
public interface IModelFactsSource
{
    ModelFacts For(string slug);
}
