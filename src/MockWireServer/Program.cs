var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/", () => "mock");
await app.RunAsync();
