using ConformanceRunner.Cli;

return await ConformanceCli.InvokeAsync(args);
