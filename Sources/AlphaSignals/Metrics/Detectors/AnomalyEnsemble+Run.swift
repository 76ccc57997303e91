extension AnomalyEnsemble {
    /// Scores a whole series (values with epoch-second timestamps of the same length; extra entries of the longer
    /// array are ignored) and groups alerts into explained events.
    public static func run(values: [Double], timestamps: [Double], parameters: EnsembleParameters = .standard) -> EnsembleResult {
        var ensemble = AnomalyEnsemble(parameters: parameters)
        let n = Swift.min(values.count, timestamps.count)
        var scores = [Double](repeating: 0, count: n)
        var events: [AnomalyEvent] = []
        var open: AnomalyEvent?
        var lastAlert = -1
        let alert = parameters.alertScore
        for i in 0..<n {
            let point = ensemble.update(value: values[i], timestamp: timestamps[i])
            scores[i] = point.score
            if var event = open, i - lastAlert > parameters.eventGap {
                event.endIndex = lastAlert
                events.append(event)
                open = nil
            }
            guard point.score >= alert else { continue }
            lastAlert = i
            if var event = open {
                event.endIndex = i
                if point.score > event.score {
                    event.peakIndex = i
                    event.peak = timestamps[i]
                    event.value = values[i]
                    event.score = point.score
                    event.detector = point.detector
                    event.explanation = AnomalyExplanation.sentence(
                        for: point, value: values[i], since: onset(point, event.start, timestamps), at: timestamps[i])
                }
                open = event
            } else {
                open = AnomalyEvent(
                    startIndex: i, peakIndex: i, endIndex: i, start: timestamps[i], peak: timestamps[i], value: values[i],
                    score: point.score, detector: point.detector,
                    explanation: AnomalyExplanation.sentence(
                        for: point, value: values[i], since: onset(point, timestamps[i], timestamps), at: timestamps[i]))
            }
        }
        if let event = open { events.append(event) }

        var risk = 0.0
        var summary = ""
        for event in events where event.score > risk {
            risk = event.score
            summary = event.explanation
        }
        if let fit = ensemble.leakFit, fit.isLeakLike, n > 1 {
            let span = Double(Swift.min(parameters.leakWindow, n) - 1) * AnomalyExplanation.typicalStep(timestamps, count: n)
            let leak = AnomalyExplanation.leakSentence(fit, span: span)
            risk = Swift.max(risk, alert)
            summary = summary.isEmpty ? leak : summary + "; " + leak
        }
        return EnsembleResult(scores: scores, events: events, risk: risk, summary: summary)
    }

    /// When the anomaly began: CUSUM's onset for a change point (where the shift started, before the alarm),
    /// otherwise the event's first alert.
    static func onset(_ point: PointScore, _ fallback: Double, _ timestamps: [Double]) -> Double {
        guard point.detector == .changePoint, let change = point.changePoint, timestamps.indices.contains(change.onsetIndex) else {
            return fallback
        }
        return Swift.min(fallback, timestamps[change.onsetIndex])
    }
}
