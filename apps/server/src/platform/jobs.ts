/** Progress of a background job, as the UI polls it. */
export interface JobProgress {
  stage: string;
  done: number;
  total: number;
}

interface RunningJob {
  progress: JobProgress;
  cancel?: () => void;
  finished: Promise<void>;
}

/**
 * Background jobs of this server process (imports), by id: their live progress and a way to cancel them.
 * One registry per app instance, passed in the dependencies (no module state).
 */
export class JobRegistry {
  private readonly jobs = new Map<string, RunningJob>();

  /** Starts tracking a job; `run` receives a progress reporter and registers a cancel function. */
  start(
    id: string,
    run: (report: (p: JobProgress) => void, onCancel: (cancel: () => void) => void) => Promise<void>,
  ): Promise<void> {
    const job: RunningJob = { progress: { stage: 'Starting', done: 0, total: 0 }, finished: Promise.resolve() };
    this.jobs.set(id, job);
    job.finished = run(
      (p) => {
        job.progress = p;
      },
      (cancel) => {
        job.cancel = cancel;
      },
    ).finally(() => this.jobs.delete(id));
    return job.finished;
  }

  /** Live progress of a running job, or undefined. */
  progress(id: string): JobProgress | undefined {
    return this.jobs.get(id)?.progress;
  }

  /** Asks a running job to stop; false when it is not running or cannot be stopped. */
  cancel(id: string): boolean {
    const job = this.jobs.get(id);
    if (!job?.cancel) return false;
    job.cancel();
    return true;
  }

  /** Waits for one job to end (at once when it is not running). */
  async finished(id: string): Promise<void> {
    await this.jobs.get(id)?.finished.catch(() => {});
  }

  /** Waits for every running job (tests and shutdown). */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.jobs.values()].map((j) => j.finished));
  }
}
