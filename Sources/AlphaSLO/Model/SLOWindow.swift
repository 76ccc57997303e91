import AlphaCore

/// The SLO period: a rolling window, or a calendar period aligned to UTC boundaries.
public enum SLOWindow: Sendable, Equatable, Codable {
    /// The last `minutes` minutes.
    case rolling(minutes: Int)
    /// The current calendar unit (UTC) that contains the evaluation time.
    case calendar(CalendarUnit)

    /// Calendar units; a month has its real length (28 to 31 days).
    public enum CalendarUnit: String, Sendable, Codable {
        /// Monday 00:00 UTC to the next Monday.
        case week
        /// The first of the month 00:00 UTC to the first of the next month.
        case month
        /// January, April, July or October 1st to the next quarter start.
        case quarter
    }

    /// The period containing `time` (epoch seconds), as `[start, end)` epoch seconds.
    public func period(containing time: Double) -> (start: Double, end: Double) {
        switch self {
        case .rolling(let minutes):
            return (time - Double(minutes) * 60, time)
        case .calendar(let unit):
            let day = Int(clampingFloor: time / 86_400)
            let civil = Timestamp.civilFromDays(day)
            switch unit {
            case .week:
                // 1970-01-01 was a Thursday; Monday-based weeks.
                let weekday = ((day % 7) + 7 + 3) % 7
                let start = day - weekday
                return (Double(start) * 86_400, Double(start + 7) * 86_400)
            case .month:
                let start = Timestamp.daysFromCivil(year: civil.year, month: civil.month, day: 1)
                let next =
                    civil.month == 12
                    ? Timestamp.daysFromCivil(year: civil.year + 1, month: 1, day: 1)
                    : Timestamp.daysFromCivil(year: civil.year, month: civil.month + 1, day: 1)
                return (Double(start) * 86_400, Double(next) * 86_400)
            case .quarter:
                let firstMonth = ((civil.month - 1) / 3) * 3 + 1
                let start = Timestamp.daysFromCivil(year: civil.year, month: firstMonth, day: 1)
                let next =
                    firstMonth == 10
                    ? Timestamp.daysFromCivil(year: civil.year + 1, month: 1, day: 1)
                    : Timestamp.daysFromCivil(year: civil.year, month: firstMonth + 3, day: 1)
                return (Double(start) * 86_400, Double(next) * 86_400)
            }
        }
    }

    /// The period length in minutes for the period containing `time` (a rolling window ignores `time`).
    public func periodMinutes(at time: Double) -> Int {
        if case .rolling(let minutes) = self { return minutes }
        let p = period(containing: time)
        return Int(clampingRounded: (p.end - p.start) / 60)
    }

    /// Human text: `30d rolling`, `calendar month`.
    public var label: String {
        switch self {
        case .rolling(let m): "\(PromDuration.format(minutes: m)) rolling"
        case .calendar(let u): "calendar \(u.rawValue)"
        }
    }
}
