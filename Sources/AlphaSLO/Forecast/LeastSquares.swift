/// Ordinary least squares for a line, centred for numerical stability (like PromQL's `deriv`).
enum LeastSquares {
    struct Line {
        var slope: Double
        var intercept: Double
        var rSquared: Double
    }

    static func fit(_ points: [(Double, Double)]) -> Line? {
        guard points.count >= 2 else { return nil }
        let n = Double(points.count)
        var mx = 0.0
        var my = 0.0
        for (x, y) in points {
            mx += x
            my += y
        }
        mx /= n
        my /= n
        var sxx = 0.0
        var sxy = 0.0
        var syy = 0.0
        for (x, y) in points {
            sxx += (x - mx) * (x - mx)
            sxy += (x - mx) * (y - my)
            syy += (y - my) * (y - my)
        }
        guard sxx > 0, sxx.isFinite, sxy.isFinite else { return nil }
        let slope = sxy / sxx
        let r2 = syy > 0 ? min(max((sxy * sxy) / (sxx * syy), 0), 1) : 1
        return Line(slope: slope, intercept: my - slope * mx, rSquared: r2)
    }
}
