namespace WorkerHome.Features.Moderation;

/// <summary>
/// Aho–Corasick multi-pattern matching: finds every lexicon word in a text in one pass, however many words the
/// lexicon holds (the cost is the text's length plus the matches, not words × text).
/// </summary>
public sealed class AhoCorasick
{
    private readonly List<Dictionary<char, int>> _next = [new()];
    private readonly List<int> _fail = [0];
    private readonly List<List<string>> _output = [[]];

    public AhoCorasick(IEnumerable<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        foreach (var pattern in patterns.Where(p => p.Length > 0).Distinct(StringComparer.Ordinal))
        {
            var node = 0;
            foreach (var c in pattern)
            {
                if (!_next[node].TryGetValue(c, out var child))
                {
                    child = _next.Count;
                    _next.Add([]);
                    _fail.Add(0);
                    _output.Add([]);
                    _next[node][c] = child;
                }
                node = child;
            }
            _output[node].Add(pattern);
            PatternCount++;
        }
        BuildFailureLinks();
    }

    /// <summary>How many distinct patterns it looks for.</summary>
    public int PatternCount { get; }

    /// <summary>Every occurrence, as the index just past its end and the pattern found.</summary>
    public IEnumerable<(int End, string Pattern)> Matches(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var node = 0;
        for (var i = 0; i < text.Length; i++)
        {
            node = Step(node, text[i]);
            foreach (var pattern in _output[node])
            {
                yield return (i + 1, pattern);
            }
        }
    }

    private int Step(int node, char c)
    {
        while (node != 0 && !_next[node].ContainsKey(c))
        {
            node = _fail[node];
        }
        return _next[node].TryGetValue(c, out var child) ? child : 0;
    }

    private void BuildFailureLinks()
    {
        var queue = new Queue<int>();
        foreach (var child in _next[0].Values)
        {
            queue.Enqueue(child);
        }
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var (c, child) in _next[node])
            {
                var fallback = _fail[node];
                while (fallback != 0 && !_next[fallback].ContainsKey(c))
                {
                    fallback = _fail[fallback];
                }
                _fail[child] = _next[fallback].TryGetValue(c, out var target) && target != child ? target : 0;
                // A match at the fallback is also a match here ("包养网" contains "包养").
                _output[child].AddRange(_output[_fail[child]]);
                queue.Enqueue(child);
            }
        }
    }
}
