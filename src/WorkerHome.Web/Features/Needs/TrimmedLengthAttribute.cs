using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Needs;

/// <summary>
/// A maximum length measured after trimming, as the use case stores the text: a worker who pastes 500 characters
/// with a stray space or line break around them has not written 501. Still a <see cref="StringLengthAttribute"/>,
/// so the OpenAPI document keeps its maxLength.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class TrimmedLengthAttribute(int maximumLength) : StringLengthAttribute(maximumLength)
{
    public override bool IsValid(object? value) => base.IsValid(value is string text ? text.Trim() : value);
}
