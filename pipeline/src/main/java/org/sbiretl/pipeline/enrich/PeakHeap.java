package org.sbiretl.pipeline.enrich;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap use of this JVM so far: the sum of every heap pool's recorded peak. An upper bound of
 * the true simultaneous peak, and unlike the heap in use at the end, it sees the run's high-water
 * mark. For embedded runners that is the job's; for a cluster run only the client's.
 */
final class PeakHeap {
  private PeakHeap() {}

  static long megabytes() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / (1024 * 1024);
  }
}
