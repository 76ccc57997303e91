import AlphaSLO

/// Where the `slo` commands get samples from.
protocol SLOSampleSource: Sendable {
    /// The event series for one SLO.
    func series(for spec: SLOSpec) async throws -> EventSeries
}
