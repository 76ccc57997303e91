import AlphaAgents
import AlphaCore
import AlphaStore
import Logging
public import ServiceLifecycle

/// Runs queued analyses in the background: `workers` loops claim jobs from the store (so several server replicas on
/// one PostgreSQL share the queue), analyse, save the report and publish progress. On graceful shutdown each loop
/// finishes the analysis it holds and stops; a job whose process died is queued again after the lease (or at once at
/// start with the embedded SQLite store, which one process owns).
public struct AnalysisWorkers: Service {
    let store: any Store
    let analyzer: IncidentAnalyzer
    let events: EventBus
    let metrics: ServerMetrics
    let waker: JobWaker
    /// Where analyses run: low-priority threads, so requests keep the CPU they need.
    let executor: AnalysisExecutor
    let configuration: ServerConfiguration
    let logger: Logger

    /// Claims and runs jobs until graceful shutdown.
    public func run() async throws {
        if configuration.requeueRunningJobsAtStart {
            let requeued = try await store.requeueStaleJobs(claimedBefore: StoreTime.now().adding(seconds: 1))
            if requeued > 0 { logger.notice("queued again jobs left running by an earlier process", metadata: ["jobs": "\(requeued)"]) }
        }
        await withGracefulShutdownHandler {
            await withTaskGroup(of: Void.self) { group in
                for index in 0..<max(1, configuration.workers) {
                    group.addTask { await workLoop(workerID: "\(Self.processTag)-\(index)") }
                }
                group.addTask { await leaseSweeper() }
            }
        } onGracefulShutdown: {
            waker.wakeAll()
        }
    }

    /// A tag that makes worker ids unique across processes and restarts.
    static let processTag = Hex.random(byteCount: 4)

    private func workLoop(workerID: String) async {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                if let job = try await store.claimJob(workerID: workerID) {
                    metrics.jobClaimed()
                    await run(job)
                    continue
                }
                metrics.queueFoundEmpty()
            } catch {
                logger.error("claiming a job failed", metadata: ["error": "\(error)"])
            }
            await waker.wait(timeout: .milliseconds(500))
        }
    }

    /// Hands jobs held past the lease (their worker died) back to the queue.
    private func leaseSweeper() async {
        let lease = configuration.jobLease
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            await waker.sleepUnlessShutdown(for: lease / 4)
            let cutoff = StoreTime.now().adding(seconds: -Int64(lease.components.seconds))
            if let requeued = try? await store.requeueStaleJobs(claimedBefore: cutoff), requeued > 0 {
                logger.notice("queued again jobs past their lease", metadata: ["jobs": "\(requeued)"])
                for _ in 0..<requeued { waker.signal() }
            }
        }
    }

    /// One job, start to finish. Failures are recorded on the job and the timeline, never thrown.
    func run(_ job: JobRecord) async {
        metrics.jobStarted()
        defer { metrics.jobFinished() }
        let start = ContinuousClock.now
        let decoded = Result { try AnalysisJob.decode(job.payload) }
        do {
            let payload = try decoded.get()
            try await analyze(incidentID: payload.incidentID, tenantID: job.tenantID, jobID: job.id)
            metrics.recordAnalysis(outcome: "succeeded", duration: ContinuousClock.now - start)
        } catch {
            metrics.recordAnalysis(outcome: "failed", duration: ContinuousClock.now - start)
            logger.error("analysis failed", metadata: ["job": "\(job.id)", "error": "\(error)"])
            _ = try? await store.failJob(tenantID: job.tenantID, id: job.id, error: "\(error)")
            if case .success(let payload) = decoded {
                _ = try? await store.appendTimeline(
                    tenantID: job.tenantID, incidentID: payload.incidentID, kind: AnalysisTimeline.kind,
                    message: "\(AnalysisTimeline.failedPrefix): \(error)",
                    actor: "system")
                events.publish(tenantID: job.tenantID, name: "analysis.failed", data: EventJSON.incidentOnly(payload.incidentID))
            }
        }
    }

    /// Three store writes per job on SQLite (claim, begin, finish); the analysis itself runs between them.
    private func analyze(incidentID: String, tenantID: String, jobID: String) async throws {
        let (started, moved) = try await store.beginAnalysis(tenantID: tenantID, incidentID: incidentID, actor: "system")
        if moved {
            events.publish(tenantID: tenantID, name: "incident.updated", data: RecordJSON.incident(started))
        }
        events.publish(tenantID: tenantID, name: "analysis.started", data: EventJSON.incidentOnly(incidentID))

        let incident = try IncidentDecoder.decode(started.incidentJSON)
        let report = await withTaskExecutorPreference(executor) { await analyzer.analyze(incident) }
        for run in report.agents {
            events.publish(tenantID: tenantID, name: "analysis.agent", data: EventJSON.agent(run, incidentID: incidentID))
        }
        let top = report.hypotheses.first
        let summary = top.map { "top cause \($0.label.rawValue) (confidence \(Int(($0.confidence * 100).rounded()))%)" } ?? "no cause found"
        // The analysis names a cause: the incident is identified, unless a person has moved it on meanwhile.
        let finished = try await store.finishAnalysis(
            tenantID: tenantID, incidentID: incidentID, jobID: jobID, reportJSON: JSONReportRenderer.compactBytes(report),
            message: "\(AnalysisTimeline.finishedPrefix) in \(Int(report.durationMs.rounded())) ms: \(summary)",
            identified: top.map { $0.label != .unknown } ?? false,
            actor: "system")
        if finished.status != started.status {
            events.publish(tenantID: tenantID, name: "incident.updated", data: RecordJSON.incident(finished))
        }
        events.publish(tenantID: tenantID, name: "analysis.finished", data: EventJSON.finished(report, incidentID: incidentID))
    }
}

extension JobWaker {
    /// Sleeps for `duration`, returning early on graceful shutdown.
    func sleepUnlessShutdown(for duration: Duration) async {
        try? await cancelWhenGracefulShutdown {
            try await Task.sleep(for: duration)
        }
    }
}
