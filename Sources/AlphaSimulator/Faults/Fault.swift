public import AlphaCore

/// One injected cause: the label it stands for, how it changes the model, and the change that carries it.
public struct Fault: Sendable, Equatable {
    public var label: CauseLabel
    /// Which way of producing the label this is (e.g. `config-ttl`): varied on purpose, reported in docs and tests.
    public var variant: String
    /// The knob values the fault sets; the fix restores the baseline value of the same knobs.
    public var edits: [Edit]
    public var origin: ChangeOrigin
    /// The outside host or service that fails, for dependency-side causes.
    public var dependency: String?
    /// Seconds after the deploy (or after the window's middle when there is no deploy) at which an external fault starts.
    public var onsetDelay: Double

    /// One knob setting.
    public struct Edit: Sendable, Equatable {
        public var knob: Knob
        public var value: Double
        public init(_ knob: Knob, _ value: Double) {
            self.knob = knob
            self.value = value
        }
    }

    public init(label: CauseLabel, variant: String, edits: [Edit], origin: ChangeOrigin, dependency: String? = nil, onsetDelay: Double = 0) {
        self.label = label
        self.variant = variant
        self.edits = edits
        self.origin = origin
        self.dependency = dependency
        self.onsetDelay = onsetDelay
    }

    /// Applies the fault to parameters.
    public func inject(into parameters: inout SystemParameters) {
        for e in edits { parameters[e.knob] = e.value }
    }

    /// The fix: the touched knobs back at their values in `baseline`.
    public func fix(from baseline: SystemParameters) -> Fix {
        Fix(label: label, edits: edits.map { Edit($0.knob, baseline[$0.knob]) })
    }

    /// The ground-truth culprit; `sha` is the commit's id once the incident has given it one.
    public func culprit(sha: String?) -> Culprit? {
        switch origin {
        case .commit(let change): return Culprit(commit: sha, file: change.path)
        case .config(let changes): return changes.first.map { Culprit(configKey: $0.dottedKey) }
        case .external: return dependency.map { Culprit(dependency: $0) }
        }
    }
}

/// Turns a fault back: the knobs it touched return to their healthy values.
public struct Fix: Sendable, Equatable {
    public var label: CauseLabel
    public var edits: [Fault.Edit]

    /// Applies the fix.
    public func apply(to parameters: inout SystemParameters) {
        for e in edits { parameters[e.knob] = e.value }
    }
}
