/// The shape of the generated incident: its time range, the deployment inside it, the services involved.
struct Scenario {
    let start = 1_714_557_600.0  // 2024-05-01T10:00:00Z
    let step = 15.0
    let points: Int
    var end: Double { start + Double(points) * step }
    /// The deployment lands at 60% of the range; errors and some metrics shift after it.
    var deployedAt: Double { start + (end - start) * 0.6 }
    let services = ["orders-api", "payments", "checkout", "inventory", "gateway", "notifications"]
    let hosts = (1...24).map { "ip-10-0-\($0 / 8)-\(20 + $0 * 7)" }
    let pods = (1...12).map { "orders-api-7d9f8c6b5-\(["x2k9p", "m4q7z", "c8v1n", "t5r3w"][$0 % 4])\($0)" }

    init(points: Int) { self.points = points }
}
