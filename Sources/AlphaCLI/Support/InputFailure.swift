/// An error caused by what the user gave (a file, a flag value), not by the program: printed as one line, exit 65.
protocol InputFailure: Error, CustomStringConvertible {}
