using System.Reflection;
using Xunit.v3;

namespace WorkerHome.BrowserTests.Support;

/// <summary>Fails a journey whose pages broke the Content-Security-Policy (an inline script, an eval, a foreign host).</summary>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Method)]
public sealed class FailOnPolicyViolationsAttribute : BeforeAfterTestAttribute
{
    public override void After(MethodInfo methodUnderTest, IXunitTest test)
    {
        ArgumentNullException.ThrowIfNull(test);
        if (BrowserFixture.PolicyViolations.TryRemove(test.UniqueID, out var violations) && !violations.IsEmpty)
        {
            throw new Xunit.Sdk.XunitException("Content-Security-Policy violations:" + Environment.NewLine + string.Join(Environment.NewLine, violations.Distinct()));
        }
    }
}
