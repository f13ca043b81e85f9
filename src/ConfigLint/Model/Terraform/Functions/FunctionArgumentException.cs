namespace ConfigLint.Model.Terraform.Functions;

/// <summary>A function was given an argument Terraform would reject; becomes an error value, never escapes a call.</summary>
public sealed class FunctionArgumentException(string message) : Exception(message);
