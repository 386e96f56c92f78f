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
final class CheckPipeline: @unchecked Sendable {
  // Guarded by `mutex`; workers wait on `ready` for jobs.
  private var jobs: [CheckCommand.FileJob] = []
  private var outcomes: [FileChecker.Outcome?] = []
  private var next = 0
  private var closed = false
  private var mutex = pthread_mutex_t()
  private var ready = pthread_cond_t()
  private let group = DispatchGroup()

  init(workers: Int) {
    pthread_mutex_init(&mutex, nil)
    pthread_cond_init(&ready, nil)
    for _ in 0..<max(1, workers) {
      DispatchQueue.global().async(group: group) { self.work() }
    }
  }

  deinit {
    pthread_cond_destroy(&ready)
    pthread_mutex_destroy(&mutex)
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
    group.wait()
    return locked { outcomes.compactMap { $0 } }
  }

  /// Drops the files not started yet and waits for the others (a configuration error ends
  /// the run before any report).
  func cancel() {
    locked { next = jobs.count }
    close()
    group.wait()
  }

  private func close() {
    locked {
      closed = true
      pthread_cond_broadcast(&ready)
    }
  }

  private func work() {
    while let (index, job) = take() {
      let outcome = Self.check(job)
      locked { outcomes[index] = outcome }
    }
  }

  private func take() -> (Int, CheckCommand.FileJob)? {
    locked {
      while next >= jobs.count && !closed { pthread_cond_wait(&ready, &mutex) }
      guard next < jobs.count else { return nil }
      next += 1
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

  private func locked<T>(_ body: () -> T) -> T {
    pthread_mutex_lock(&mutex)
    defer { pthread_mutex_unlock(&mutex) }
    return body()
  }
}
