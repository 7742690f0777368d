package org.sbiretl.pipeline.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the resident memory of a process and all its descendants from {@code /proc} while it
 * runs, and keeps the highest total: the memory the whole run needed from the machine, which no
 * single JVM's own figures show when the run starts helpers.
 */
final class ProcessTreeMemory implements AutoCloseable {
  private final ProcessHandle root;
  private final AtomicLong peakKb = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;

  ProcessTreeMemory(ProcessHandle root, long intervalMillis) {
    this.root = root;
    this.sampler =
        new Thread(
            () -> {
              while (running && root.isAlive()) {
                sample();
                try {
                  Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "process-tree-memory");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void sample() {
    long total = residentKb(root.pid());
    for (ProcessHandle child : root.descendants().toList()) {
      total += residentKb(child.pid());
    }
    peakKb.accumulateAndGet(total, Math::max);
  }

  /** The peak total resident memory seen so far, in MB. */
  long peakMb() {
    return peakKb.get() / 1024;
  }

  /** VmRSS of one process in kB; 0 when it has gone or /proc is not there (not Linux). */
  static long residentKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // The process ended between listing and reading: it holds no memory any more.
    }
    return 0;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    sampler.interrupt();
    sampler.join();
  }
}
