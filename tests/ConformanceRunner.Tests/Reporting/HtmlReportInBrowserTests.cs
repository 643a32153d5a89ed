using Microsoft.Playwright;

namespace ConformanceRunner.Tests.Reporting;

/// <summary>
/// Opens the Cucumber HTML report in Debian's headless Chromium, as a reader would, and finds the failing scenario,
/// the exchange attached to its step, and its tags. Writes a screenshot (docs/images/html-report.png is one).
/// </summary>
public sealed class HtmlReportInBrowserTests(ReportRun run) : IClassFixture<ReportRun>
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task The_report_shows_a_failing_scenario_with_its_attached_exchange_and_its_tags()
    {
        Assert.SkipUnless(File.Exists(Chromium), "Debian's chromium is not installed (apt-get install -y chromium); .ci/run installs it.");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1400 } });

        await page.GotoAsync(new Uri(Path.Combine(run.ReportDir, "cucumber.html")).AbsoluteUri);

        var scenario = page.GetByText(ReportRun.FailingScenario).First;
        await scenario.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await page.GetByText("@reports.secrets.body").First.WaitForAsync();
        await page.GetByText("Expected status 418, got 400").First.WaitForAsync();
        await page.GetByText("POST Users 400.txt").First.ClickAsync();
        var exchange = page.GetByText("POST http://localhost/scim/v2/Users").First;
        await exchange.WaitForAsync();
        (await page.ContentAsync()).Should().NotContain(run.Token);

        await exchange.ScrollIntoViewIfNeededAsync();
        var screenshot = Environment.GetEnvironmentVariable("HTML_REPORT_SCREENSHOT") ?? Path.Combine(run.ReportDir, "..", "html-report.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = false });
        File.Exists(screenshot).Should().BeTrue();
    }
}
