import FlyteWorkspace
import Dispatch
import FlyteLint
import FlyteSyntax

#if canImport(Glibc)
  import Glibc
#endif

/// Checks files while they are still being found: workers start on the first file while the
/// main thread walks folders and resolves configurations, so no core waits for the walk.
/// Outcomes come back in the order the files were added.
///
/// With a per-file time limit, a file still being checked when its time is up gets an FL001
/// finding instead, and a fresh worker takes over the queue: one pathological file cannot
/// stall a run of thousands. The late worker's result is dropped when it comes (the process
/// ends with the run, taking the thread with it).
final class CheckPipeline: @unchecked Sendable {
  // Guarded by `mutex`; workers wait on `ready` for jobs, `finish` on `progress`.
  private var jobs: [CheckCommand.FileJob] = []
  private var outcomes: [FileChecker.Outcome?] = []
  private var next = 0
  private var closed = false
  /// Set by `cancel`: jobs not taken yet are dropped.
  private var cancelled = false
  /// Outcomes set (checked, or given up on).
  private var done = 0
  /// Start time (monotonic nanoseconds) of each job being checked, by job index.
  private var running: [Int: UInt64] = [:]
  private var abandoned = Set<Int>()
  private var mutex = pthread_mutex_t()
  private var ready = pthread_cond_t()
  private var progress = pthread_cond_t()
  private let fileTimeout: Double?

  /// `fileTimeout` in seconds; nil checks every file to its end.
  init(workers: Int, fileTimeout: Double? = nil) {
    self.fileTimeout = fileTimeout
    pthread_mutex_init(&mutex, nil)
    pthread_cond_init(&ready, nil)
    pthread_cond_init(&progress, nil)
    for _ in 0..<max(1, workers) { startWorker() }
  }

  deinit {
    pthread_cond_destroy(&progress)
    pthread_cond_destroy(&ready)
    pthread_mutex_destroy(&mutex)
  }

  private func startWorker() {
    DispatchQueue.global().async { self.work() }
  }

  func add(_ job: CheckCommand.FileJob) {
    locked {
      jobs.append(job)
      outcomes.append(nil)
      pthread_cond_signal(&ready)
    }
  }

  /// Waits for every added file; their outcomes, in the order added.
  func finish() -> [FileChecker.Outcome] {
    close()
    waitForStartedJobs()
    return locked { outcomes.compactMap { $0 } }
  }

  /// Drops the files not started yet and waits for the others (a configuration error ends
  /// the run before any report).
  func cancel() {
    locked { cancelled = true }
    close()
    waitForStartedJobs()
  }

  private func close() {
    locked {
      closed = true
      pthread_cond_broadcast(&ready)
    }
  }

  /// Until every job taken has an outcome, and (unless cancelled) every job is taken; gives
  /// up on the ones past the time limit.
  private func waitForStartedJobs() {
    locked {
      while done < next || (!cancelled && next < jobs.count) {
        guard let fileTimeout else {
          pthread_cond_wait(&progress, &mutex)
          continue
        }
        var deadline = timespec()
        clock_gettime(CLOCK_REALTIME, &deadline)
        deadline.tv_nsec += 100_000_000
        if deadline.tv_nsec >= 1_000_000_000 {
          deadline.tv_sec += 1
          deadline.tv_nsec -= 1_000_000_000
        }
        pthread_cond_timedwait(&progress, &mutex, &deadline)
        giveUpOnSlowJobs(limit: fileTimeout)
      }
    }
  }

  /// Called with the lock held.
  private func giveUpOnSlowJobs(limit: Double) {
    let now = Self.monotonicNanoseconds()
    let limitNanos = UInt64(limit * 1e9)
    for (index, start) in running where now &- start > limitNanos {
      running[index] = nil
      abandoned.insert(index)
      outcomes[index] = .checked(FileChecker.gaveUp(path: jobs[index].display, afterSeconds: limit))
      done += 1
      startWorker()
    }
  }

  private func work() {
    while let (index, job) = take() {
      let outcome = Self.check(job)
      let replaced: Bool = locked {
        running[index] = nil
        guard !abandoned.contains(index) else { return true }
        outcomes[index] = outcome
        done += 1
        // Only the last outcome wakes `finish`: a wake-up per file would cost a context
        // switch each on a run of thousands.
        if closed && done == next { pthread_cond_signal(&progress) }
        return false
      }
      // Another worker took this one's place when it was given up on.
      if replaced { return }
    }
  }

  private func take() -> (Int, CheckCommand.FileJob)? {
    locked {
      while next >= jobs.count && !closed { pthread_cond_wait(&ready, &mutex) }
      guard next < jobs.count, !cancelled else { return nil }
      next += 1
      if fileTimeout != nil { running[next - 1] = Self.monotonicNanoseconds() }
      return (next - 1, jobs[next - 1])
    }
  }

  static func check(_ job: CheckCommand.FileJob) -> FileChecker.Outcome {
    do throws(FileInput.Failure) {
      let bytes = try FileInput.read(path: job.path, limit: SyntaxLimits.standard.maxFileBytes)
      return FileChecker.check(path: job.display, bytes: bytes, linter: job.linter, mustBeManifest: job.mustBeManifest)
    } catch {
      return .checked(FileChecker.unreadable(path: job.display, reason: error.reason))
    }
  }

  static func monotonicNanoseconds() -> UInt64 {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
  }

  private func locked<T>(_ body: () -> T) -> T {
    pthread_mutex_lock(&mutex)
    defer { pthread_mutex_unlock(&mutex) }
    return body()
  }
}
