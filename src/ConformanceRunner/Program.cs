using ConformanceRunner.Cli;

try
{
    var arguments = Arguments.Parse(args);
    return arguments.Command switch
    {
        "run" => await RunCommand.ExecuteAsync(arguments, Console.Out),
        "accept" => AcceptCommand.Execute(arguments, Console.Out),
        "steps" => await StepsCommand.ExecuteAsync(Console.Out),
        _ => throw new ArgumentException($"Unknown command '{arguments.Command}'. Commands: run, accept, steps."),
    };
}
catch (Exception exception) when (exception is ArgumentException or FormatException or DirectoryNotFoundException)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}
