import AlphaSignals

extension EnsembleParameters {
    static var doubleFields: [String: WritableKeyPath<EnsembleParameters, Double>] {
        [
            "quantileStep": \.quantileStep, "rangeFloor": \.rangeFloor, "shiftDivisor": \.shiftDivisor,
            "seasonPeriodSeconds": \.seasonPeriodSeconds, "seasonalAlpha": \.seasonalAlpha, "cusumDrift": \.cusumDrift,
            "cusumThreshold": \.cusumThreshold, "recordDecay": \.recordDecay, "robustWeight": \.robustWeight,
            "seasonalWeight": \.seasonalWeight, "varianceWeight": \.varianceWeight, "trendWeight": \.trendWeight,
            "changePointWeight": \.changePointWeight, "suppressionFactor": \.suppressionFactor, "alertScore": \.alertScore,
            "agreementBonus": \.agreementBonus, "surpriseFloor": \.surpriseFloor, "recordFloor": \.recordFloor,
            "cusumBaselineAlpha": \.cusumBaselineAlpha,
            "volatilityFloor": \.volatilityFloor, "changePointFloor": \.changePointFloor,
        ]
    }
    static var intFields: [String: WritableKeyPath<EnsembleParameters, Int>] {
        [
            "shortWindow": \.shortWindow, "varianceWindow": \.varianceWindow, "trendWindow": \.trendWindow,
            "recordWarmup": \.recordWarmup, "suppression": \.suppression, "eventGap": \.eventGap, "leakWindow": \.leakWindow,
        ]
    }
    static var boolFields: [String: WritableKeyPath<EnsembleParameters, Bool>] {
        ["splitRecords": \.splitRecords, "seasonalWarmupOnResiduals": \.seasonalWarmupOnResiduals]
    }

    /// Sets a parameter by name (for global tuning runs); false if there is no such parameter.
    mutating func set(_ name: String, to value: Double) -> Bool {
        if let path = Self.doubleFields[name] {
            self[keyPath: path] = value
        } else if let path = Self.intFields[name] {
            self[keyPath: path] = Int(value)
        } else if let path = Self.boolFields[name] {
            self[keyPath: path] = value != 0
        } else {
            return false
        }
        return true
    }
}
