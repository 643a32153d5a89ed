using System.Text.RegularExpressions;

namespace ConformanceRunner.Features;

/// <summary>
/// A Cucumber tag expression (<c>@must and not (@mock-only or @slow)</c>): tags, <c>not</c>, <c>and</c>, <c>or</c>,
/// parentheses; <c>not</c> binds tightest, then <c>and</c>, then <c>or</c>.
/// </summary>
public sealed partial class TagExpression
{
    private readonly Func<IReadOnlySet<string>, bool> _evaluate;

    private TagExpression(string text, Func<IReadOnlySet<string>, bool> evaluate)
    {
        Text = text;
        _evaluate = evaluate;
    }

    public string Text { get; }

    public bool Matches(IEnumerable<string> tags) =>
        _evaluate(new HashSet<string>(tags, StringComparer.OrdinalIgnoreCase));

    public static TagExpression Parse(string text)
    {
        var tokens = TokenPattern().Matches(text).Select(match => match.Value).ToList();
        var position = 0;
        var expression = ParseOr();
        if (position != tokens.Count)
        {
            throw new FormatException($"Unexpected '{tokens[position]}' in tag expression '{text}'");
        }

        return new TagExpression(text, expression);

        Func<IReadOnlySet<string>, bool> ParseOr()
        {
            var left = ParseAnd();
            while (Accept("or"))
            {
                var (l, r) = (left, ParseAnd());
                left = tags => l(tags) || r(tags);
            }

            return left;
        }

        Func<IReadOnlySet<string>, bool> ParseAnd()
        {
            var left = ParseNot();
            while (Accept("and"))
            {
                var (l, r) = (left, ParseNot());
                left = tags => l(tags) && r(tags);
            }

            return left;
        }

        Func<IReadOnlySet<string>, bool> ParseNot()
        {
            if (Accept("not"))
            {
                var operand = ParseNot();
                return tags => !operand(tags);
            }

            if (Accept("("))
            {
                var inner = ParseOr();
                if (!Accept(")"))
                {
                    throw new FormatException($"Missing ')' in tag expression '{text}'");
                }

                return inner;
            }

            if (position < tokens.Count && tokens[position].StartsWith('@'))
            {
                var tag = tokens[position++];
                return tags => tags.Contains(tag);
            }

            throw new FormatException($"Expected a tag at position {position} in tag expression '{text}'");
        }

        bool Accept(string token)
        {
            if (position < tokens.Count && string.Equals(tokens[position], token, StringComparison.OrdinalIgnoreCase))
            {
                position++;
                return true;
            }

            return false;
        }
    }

    [GeneratedRegex(@"\(|\)|[^\s()]+")]
    private static partial Regex TokenPattern();
}
