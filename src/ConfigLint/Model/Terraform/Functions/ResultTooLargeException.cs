namespace ConfigLint.Model.Terraform.Functions;

/// <summary>Thrown by a function whose result would pass <c>ValueLimits</c>; the call's value is unknown.</summary>
internal sealed class ResultTooLargeException(string message) : Exception(message);
