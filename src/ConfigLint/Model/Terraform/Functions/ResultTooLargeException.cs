namespace ConfigLint.Model.Terraform.Functions;

/// <summary>
/// Thrown by a function whose result would pass <c>ValueLimits</c>. It carries no message: the call's value becomes
/// unknown with <c>ValueLimits.TooLarge</c> as the reason, and nothing reports the exception itself.
/// </summary>
internal sealed class ResultTooLargeException : Exception;
