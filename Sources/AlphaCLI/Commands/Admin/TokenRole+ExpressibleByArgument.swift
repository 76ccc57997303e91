public import AlphaStore
public import ArgumentParser

/// `--role viewer|responder|approver|admin`; ArgumentParser rejects anything else and lists the choices. (Public only
/// because a conformance of a public type is; nothing outside the CLI uses it.)
extension TokenRole: ExpressibleByArgument {}
