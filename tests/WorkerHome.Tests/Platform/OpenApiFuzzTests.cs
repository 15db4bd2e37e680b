using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Platform;

/// <summary>
/// Reads the app's own OpenAPI document and sends every operation invalid input (path and query values of the
/// wrong type or size, broken and mistyped JSON bodies, empty or misnamed upload forms) as an anonymous caller,
/// a worker and the system administrator. No answer may be a 5xx, and every 400/401/403/404/409/422 answer is a
/// ProblemDetails document with a <c>code</c>. All failures are listed at once.
/// </summary>
public abstract class OpenApiFuzzTests(TestApp app)
{
    /// <summary>The callers: anonymous (null), a worker, the system administrator.</summary>
    private static readonly string?[] Callers = [null, "worker02", "admin"];

    /// <summary>
    /// Operations left out for signed-in callers. They take no parameter and no body, so there is nothing invalid to
    /// send: any request would simply do what they do to the demo accounts other tests on this host sign in as.
    /// </summary>
    private static readonly Dictionary<string, string> Destructive = new(StringComparer.Ordinal)
    {
        ["POST /api/me/deletion"] = "requests deletion of the caller's own account (worker02, admin)",
        ["POST /api/me/two-factor/key"] = "makes an authenticator key for the calling staff member (TwoFactorTests enrol accounts of their own)",
        ["POST /api/me/notifications/read-all"] = "marks every notification of the caller read; notification tests count unread ones",
    };

    private static readonly int[] ProblemStatuses = [400, 401, 403, 404, 409, 422];

    private const int MaxCasesPerOperation = 90;
    private const int MaxPropertiesPerBody = 10;

    [Fact]
    public async Task No_invalid_input_to_any_operation_gets_a_server_error()
    {
        using var anonymous = app.Anonymous();
        var document = JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken))!;
        var operations = Operations(document).ToList();
        Assert.True(operations.Count > 100, $"Only {operations.Count} operations in the document.");
        // A write with no parameter and no body has nothing invalid to send; each must be listed above with a reason.
        Assert.All(operations.Where(o => o.TakesNothing), o => Assert.True(Destructive.ContainsKey(o.Key),
            $"{o.Key} takes no input: list it in Destructive with the reason, or give it something to check."));

        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal) { [""] = anonymous };
        foreach (var caller in Callers.OfType<string>())
        {
            clients[caller] = await app.As(caller);
        }
        var work = new List<(string Caller, List<FuzzCase> Cases)>();
        foreach (var operation in operations)
        {
            foreach (var caller in Callers)
            {
                if (caller is not null && Destructive.ContainsKey(operation.Key))
                {
                    continue;
                }
                work.Add((caller ?? "", operation.Cases().Take(MaxCasesPerOperation).ToList()));
            }
        }

        var failures = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var accepted = new ConcurrentBag<string>();
        var sent = 0;
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = TestContext.Current.CancellationToken },
            async (item, ct) =>
            {
                foreach (var fuzz in item.Cases)
                {
                    Interlocked.Increment(ref sent);
                    var (status, failure) = await SendAsync(clients[item.Caller], fuzz, ct);
                    statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                    if (fuzz.Method != "GET" && status is >= 200 and < 300)
                    {
                        accepted.Add($"[{item.Caller}] {fuzz.Method} {fuzz.Url[..Math.Min(fuzz.Url.Length, 80)]} {fuzz.Name} → {status}");
                    }
                    if (failure is not null)
                    {
                        failures.Add($"[{(item.Caller.Length == 0 ? "anonymous" : item.Caller)}] {fuzz.Method} {fuzz.Template} {fuzz.Name} → {failure}");
                    }
                    // Sign-in comes before anything else is read: one 401 for an anonymous caller stands for them all.
                    if (item.Caller.Length == 0 && status == 401)
                    {
                        break;
                    }
                }
            });
        foreach (var client in clients.Values.Where(c => c != anonymous))
        {
            client.Dispose();
        }

        // What the invalid requests got, and the writes that were accepted anyway (to review what a run changes).
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine("statuses: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        foreach (var line in accepted.Order(StringComparer.Ordinal))
        {
            output?.WriteLine("accepted: " + line);
        }

        Assert.True(failures.IsEmpty,
            $"{failures.Count} of {sent} invalid requests were answered badly:\n" + string.Join("\n", failures.Order(StringComparer.Ordinal)));
    }

    private static async Task<(int Status, string? Failure)> SendAsync(HttpClient client, FuzzCase fuzz, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(new HttpMethod(fuzz.Method), fuzz.Url) { Content = fuzz.Content() };
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return (0, "exception " + e.GetType().Name + ": " + Start(e.Message));
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync(ct);
            if (status >= 500)
            {
                return (status, $"{status} {Start(body)}");
            }
            if (ProblemStatuses.Contains(status) && !IsProblemWithCode(response, body))
            {
                return (status, $"{status} without a problem code: {Start(body)}");
            }
            return (status, null);
        }
    }

    private static bool IsProblemWithCode(HttpResponseMessage response, string body)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return false;
        }
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Start(string text) => text.Length <= 160 ? text : text[..160] + "…";

    private static IEnumerable<Operation> Operations(JsonNode document)
    {
        var schemas = document["components"]?["schemas"]?.AsObject();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (method is "parameters" or "summary" or "description" or "servers")
                {
                    continue;
                }
                yield return new Operation(method.ToUpperInvariant(), path, operation!, schemas);
            }
        }
    }

    /// <summary>One request to send: the operation, what is wrong with it, where it goes and what it carries.</summary>
    private sealed record FuzzCase(string Method, string Template, string Name, string Url, Func<HttpContent?> Content);

    private sealed class Operation(string method, string template, JsonNode operation, JsonObject? schemas)
    {
        private static readonly string Long5000 = new('长', 5000);
        private static readonly string Long10000 = new('长', 10000);

        public string Key => method + " " + template;

        public bool TakesNothing => method != "GET" && (operation["parameters"]?.AsArray().Count ?? 0) == 0 && operation["requestBody"] is null;

        private IReadOnlyList<JsonNode> Parameters(string where) =>
            (operation["parameters"]?.AsArray() ?? []).OfType<JsonNode>().Where(p => (string?)p["in"] == where).ToList();

        public IEnumerable<FuzzCase> Cases()
        {
            var pathParameters = Parameters("path");
            var queryParameters = Parameters("query");
            var content = operation["requestBody"]?["content"]?.AsObject();
            // Reads may name a record that exists, so the query is checked further in; writes name none that does.
            var sample = method == "GET" ? (Func<JsonNode, string>)ExistingValue : MissingValue;
            var basePath = Fill(pathParameters, sample);

            if (pathParameters.Count == 0 && queryParameters.Count == 0 && content is null)
            {
                if (method == "GET")
                {
                    yield return Case("as is", basePath, () => null);
                    yield return Case("unknown long query", basePath + "?x=" + Uri.EscapeDataString(Long5000), () => null);
                }
                else
                {
                    yield return Case("as is (anonymous only)", basePath, () => null);
                }
            }

            foreach (var parameter in pathParameters)
            {
                var name = (string)parameter["name"]!;
                foreach (var value in PathValues(Resolve(parameter["schema"])))
                {
                    var path = Fill(pathParameters, p => (string)p["name"]! == name ? value : MissingValue(p));
                    yield return Case($"path {name}={Start(value)}", path, ValidBody(content));
                }
            }

            foreach (var parameter in queryParameters)
            {
                var name = (string)parameter["name"]!;
                foreach (var value in QueryValues(Resolve(parameter["schema"])))
                {
                    yield return Case($"query {name}={Start(value)}", basePath + "?" + name + "=" + Uri.EscapeDataString(value), ValidBody(content));
                }
                yield return Case($"query {name} twice", basePath + "?" + name + "=1&" + name + "=2", ValidBody(content));
            }

            if (content is null)
            {
                yield break;
            }
            if (content.ContainsKey("multipart/form-data"))
            {
                yield return Case("empty form", basePath, () => new MultipartFormDataContent());
                yield return Case("file under a wrong name", basePath, () =>
                {
                    var form = new MultipartFormDataContent();
                    var file = new ByteArrayContent(Encoding.UTF8.GetBytes("not a real file"));
                    file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                    form.Add(file, "wrong", "x.pdf");
                    return form;
                });
                yield return Case("text/plain instead of a form", basePath, () => new StringContent("x", Encoding.UTF8, "text/plain"));
                yield return Case("json instead of a form", basePath, () => Json("{}"));
            }
            if (!content.ContainsKey("application/json"))
            {
                yield break;
            }
            yield return Case("body {}", basePath, () => Json("{}"));
            yield return Case("body null", basePath, () => Json("null"));
            yield return Case("body []", basePath, () => Json("[]"));
            yield return Case("body malformed", basePath, () => Json("{\"a\":"));
            yield return Case("body text/plain", basePath, () => new StringContent("{}", Encoding.UTF8, "text/plain"));
            yield return Case("body in an unknown charset", basePath, () =>
            {
                var body = new StringContent("{}");
                body.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=no-such-charset");
                return body;
            });
            yield return Case("body not UTF-8", basePath, () =>
            {
                var body = new ByteArrayContent([(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}']);
                body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                return body;
            });
            yield return Case("body nested 200 deep", basePath, () => Json(new string('[', 200) + new string(']', 200)));
            var schema = Resolve(content["application/json"]?["schema"]);
            // Writes to a record that exists get only values that must be refused whatever else the body holds.
            var existingPath = method != "GET" && pathParameters.Count > 0 ? Fill(pathParameters, ExistingValue) : null;
            foreach (var (property, propertySchema) in (schema?["properties"]?.AsObject() ?? []).Take(MaxPropertiesPerBody))
            {
                var resolved = Resolve(propertySchema);
                foreach (var (label, value, mustFail) in PropertyValues(resolved))
                {
                    var json = new JsonObject { [property] = value?.DeepClone() }.ToJsonString();
                    yield return Case($"body {property}={label}", basePath, () => Json(json));
                    if (mustFail && existingPath is not null)
                    {
                        yield return Case($"body {property}={label} at an existing id", existingPath, () => Json(json));
                    }
                }
                // One level down: the members of a nested object or of the objects in a list.
                var isList = Kind(resolved) == "array";
                var nested = Resolve(isList ? resolved?["items"] : resolved);
                if (Kind(nested) != "object")
                {
                    continue;
                }
                foreach (var (inner, innerSchema) in (nested?["properties"]?.AsObject() ?? []).Take(MaxPropertiesPerBody))
                {
                    foreach (var (label, value, _) in PropertyValues(Resolve(innerSchema)).Where(v => v.Label is "null" or "long string" or "\"abc\"" or "123"))
                    {
                        JsonNode member = new JsonObject { [inner] = value?.DeepClone() };
                        var json = new JsonObject { [property] = isList ? new JsonArray(member) : member }.ToJsonString();
                        yield return Case($"body {property}{(isList ? "[0]" : "")}.{inner}={label}", basePath, () => Json(json));
                    }
                }
            }
        }

        private FuzzCase Case(string name, string url, Func<HttpContent?> content) => new(method, template, name, url, content);

        private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

        /// <summary>For path and query cases: an empty but well-formed body, so the parameter is what is wrong.</summary>
        private static Func<HttpContent?> ValidBody(JsonObject? content) =>
            content is null ? () => null
            : content.ContainsKey("application/json") ? () => Json("{}")
            : () => new MultipartFormDataContent();

        private string Fill(IReadOnlyList<JsonNode> parameters, Func<JsonNode, string> value)
        {
            var path = template;
            foreach (var parameter in parameters)
            {
                path = path.Replace("{" + (string)parameter["name"]! + "}", Uri.EscapeDataString(value(parameter)), StringComparison.Ordinal);
            }
            return path;
        }

        private string ExistingValue(JsonNode parameter) => Kind(Resolve(parameter["schema"])) switch
        {
            "integer" => "1",
            "uuid" => Guid.Empty.ToString(),
            _ => "1",
        };

        private string MissingValue(JsonNode parameter) => Kind(Resolve(parameter["schema"])) switch
        {
            "integer" => "2000000000",
            "uuid" => "00000000-0000-0000-0000-0000000000ff",
            _ => "no-such-thing",
        };

        private static IEnumerable<string> PathValues(JsonNode? schema) => Kind(schema) switch
        {
            "integer" => ["abc", "99999999999", "-1", "0", "1.5"],
            "uuid" => ["abc", "-1", "0", new string('9', 300)],
            _ => ["abc", "-1", "0", new string('9', 300), "%00"],
        };

        private static IEnumerable<string> QueryValues(JsonNode? schema) => Kind(schema) switch
        {
            "integer" => ["abc", "", "99999999999", "-1", "0", Long5000],
            "number" => ["abc", "", "-1", "1e400", "NaN"],
            "boolean" => ["abc", "", "2"],
            "enum" => ["NoSuchValue", "", "999", Long5000],
            _ => ["", Long5000, "2026-13", "x", "2026-02-30", "-1"],
        };

        /// <summary>Wrong values for a property; <c>MustFail</c> marks those no endpoint may accept.</summary>
        private static IEnumerable<(string Label, JsonNode? Value, bool MustFail)> PropertyValues(JsonNode? schema)
        {
            yield return ("null", null, false);
            switch (Kind(schema))
            {
                case "integer":
                    yield return ("\"abc\"", "abc", false);
                    yield return ("true", true, false);
                    yield return ("-1", -1, false);
                    yield return ("huge", JsonNode.Parse("99999999999999999999"), false);
                    yield return ("9223372036854775807", long.MaxValue, false);
                    break;
                case "number":
                    yield return ("\"abc\"", "abc", false);
                    yield return ("-1", -1, false);
                    yield return ("huge", JsonNode.Parse("1e308"), false);
                    break;
                case "boolean":
                    yield return ("\"abc\"", "abc", false);
                    yield return ("1", 1, false);
                    break;
                case "enum":
                    yield return ("\"NoSuchValue\"", "NoSuchValue", false);
                    yield return ("999", 999, false);
                    yield return ("long string", Long10000, false);
                    break;
                case "array":
                    yield return ("\"abc\"", "abc", false);
                    yield return ("{}", new JsonObject(), false);
                    yield return ("[null]", new JsonArray((JsonNode?)null), false);
                    yield return ("[{}]", new JsonArray(new JsonObject()), false);
                    yield return ("[long string]", new JsonArray((JsonNode)Long10000), true);
                    break;
                case "object":
                    yield return ("\"abc\"", "abc", false);
                    yield return ("1", 1, false);
                    yield return ("{}", new JsonObject(), false);
                    break;
                default: // strings, dates, ids
                    yield return ("123", 123, false);
                    yield return ("true", true, false);
                    yield return ("{}", new JsonObject(), false);
                    yield return ("long string", Long10000, true);
                    // Only a formatted string can be wrong in its text: a plain one may be "-1" (and a sensitive-word
                    // list would take it, flagging other tests' content).
                    if (schema?["format"] is not null)
                    {
                        yield return ("\"2026-13\"", "2026-13", false);
                        yield return ("\"-1\"", "-1", false);
                        yield return ("\"x\"", "x", false);
                    }
                    break;
            }
        }

        /// <summary>integer, number, boolean, enum, array, object, uuid or string.</summary>
        private static string Kind(JsonNode? schema)
        {
            if (schema is null)
            {
                return "string";
            }
            if (schema["enum"] is not null)
            {
                return "enum";
            }
            var types = schema["type"] switch
            {
                JsonArray array => array.Select(t => (string?)t).ToList(),
                JsonValue value => [(string?)value],
                _ => schema["properties"] is not null ? ["object"] : [],
            };
            if (types.Contains("integer"))
            {
                return "integer";
            }
            if (types.Contains("number"))
            {
                return "number";
            }
            if (types.Contains("boolean"))
            {
                return "boolean";
            }
            if (types.Contains("array"))
            {
                return "array";
            }
            if (types.Contains("object"))
            {
                return "object";
            }
            return (string?)schema["format"] == "uuid" ? "uuid" : "string";
        }

        /// <summary>Follows <c>$ref</c> and the <c>oneOf [null, $ref]</c> of nullable references.</summary>
        private JsonNode? Resolve(JsonNode? schema)
        {
            for (var depth = 0; depth < 5 && schema is not null; depth++)
            {
                if (schema["$ref"] is JsonValue reference)
                {
                    schema = schemas?[((string)reference!).Split('/')[^1]];
                    continue;
                }
                if (schema["oneOf"] is JsonArray options && options.OfType<JsonNode>().FirstOrDefault(o => (string?)o["type"] != "null") is { } other)
                {
                    schema = other;
                    continue;
                }
                break;
            }
            return schema;
        }
    }

    public sealed class OnSqlite(SqliteApp app) : OpenApiFuzzTests(app);

    public sealed class OnPostgres(PostgresApp app) : OpenApiFuzzTests(app);
}
