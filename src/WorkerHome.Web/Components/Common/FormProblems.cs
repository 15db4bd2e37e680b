using Microsoft.AspNetCore.Components.Forms;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Components.Common;

/// <summary>
/// Shows a use case's problem on a form: each field error under its field, the rest (and the title) above
/// the form. API field names are camelCase ("openingHours[0].opens"); form models use the C# names.
/// </summary>
public static class FormProblems
{
    /// <summary>
    /// Adds the field errors to the store; returns the messages that belong to no top-level field, each prefixed
    /// by <paramref name="describe"/>'s name for its field when given (for rows of a list, say).
    /// </summary>
    public static IReadOnlyList<string> Apply(EditContext context, ValidationMessageStore store, AppProblem problem, Func<string, string?>? describe = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(problem);
        var model = context.Model;
        var unplaced = new List<string>();
        foreach (var (field, messages) in problem.Errors ?? new Dictionary<string, string[]>())
        {
            var property = field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..];
            if (model.GetType().GetProperty(property) is not null)
            {
                store.Add(new FieldIdentifier(model, property), messages);
            }
            else
            {
                var label = describe?.Invoke(field);
                unplaced.AddRange(messages.Select(m => label is null ? m : $"{label}：{m}"));
            }
        }
        context.NotifyValidationStateChanged();
        return unplaced;
    }

    /// <summary>One sentence for a banner or a snackbar.</summary>
    public static string Sentence(AppProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Detail is { Length: > 0 } detail ? $"{problem.Title}：{detail}" : problem.Title;
    }

    /// <summary>The first field's message, else <see cref="Sentence"/>: what one line under an upload button says.</summary>
    public static string FirstMessage(AppProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Errors?.Values.SelectMany(m => m).FirstOrDefault() ?? Sentence(problem);
    }
}
