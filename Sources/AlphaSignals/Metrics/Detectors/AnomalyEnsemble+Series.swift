public import AlphaCore

extension AnomalyEnsemble {
    /// Scores one incident series: points in time order, NaN points skipped, windows scaled to the series length.
    /// Returns the result and how many points were skipped.
    public static func run(series: MetricSeries, parameters: EnsembleParameters = .standard) -> (result: EnsembleResult, skipped: Int) {
        let order = series.timestamps.indices.filter { $0 < series.values.count && !series.values[$0].isNaN }
            .sorted { series.timestamps[$0] < series.timestamps[$1] }
        let values = order.map { series.values[$0] }
        let result = run(values: values, timestamps: order.map { series.timestamps[$0] }, parameters: parameters.scaled(toPoints: values.count))
        return (result, series.values.count - values.count)
    }
}
