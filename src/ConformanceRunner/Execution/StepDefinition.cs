namespace ConformanceRunner.Execution;

/// <summary>One step sentence the runner understands, as Reqnroll's binding registry holds it.</summary>
/// <param name="Keyword">Given, When or Then.</param>
/// <param name="Expression">The Cucumber expression, e.g. <c>the client creates a user with userName {string}</c>.</param>
/// <param name="BindingClass">The [Binding] class that implements it.</param>
public sealed record StepDefinition(string Keyword, string Expression, string BindingClass)
{
    public override string ToString() => $"{Keyword} {Expression}";
}
