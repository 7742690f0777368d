package org.sbiretl.pipeline.enrich;

import java.io.IOException;
import java.net.URI;
import org.sbiretl.pipeline.monitoring.FlinkRestMetrics;
import org.sbiretl.transforms.read.InvalidInputException;

/**
 * Asks a Flink cluster, before the job is built, whether it can run the job at all. Without this
 * check an unreachable cluster costs over a minute of retries and hundreds of lines of stack trace,
 * and a cluster without TaskManagers keeps the job waiting for slots until Flink's own timeout.
 */
public final class ClusterPreflight {
  private ClusterPreflight() {}

  /**
   * @param flinkMaster {@code host:port} of the cluster's REST endpoint
   * @param parallelism the parallelism asked for, 0 for the cluster's default
   * @throws InvalidInputException naming the cluster, the cause and the fix
   */
  public static void check(String flinkMaster, int parallelism) {
    check(flinkMaster, parallelism, new FlinkRestMetrics(restAddress(flinkMaster)));
  }

  static void check(String flinkMaster, int parallelism, FlinkRestMetrics rest) {
    FlinkRestMetrics.Overview overview;
    try {
      overview = rest.overview();
    } catch (IOException e) {
      throw new InvalidInputException(
          "cannot reach the Flink cluster at "
              + flinkMaster
              + " ("
              + describe(e)
              + "): start it with runners/flink/start-cluster.sh or check --flink-master",
          e);
    }
    if (overview.taskManagers() == 0) {
      throw new InvalidInputException(
          "the Flink cluster at "
              + flinkMaster
              + " has no TaskManager, so the job could never start: start one with"
              + " runners/flink/start-cluster.sh (or Flink's bin/taskmanager.sh start)");
    }
    if (parallelism > overview.slotsTotal()) {
      throw new InvalidInputException(
          "--parallelism "
              + parallelism
              + " needs "
              + parallelism
              + " task slots, but the Flink cluster at "
              + flinkMaster
              + " has "
              + overview.slotsTotal()
              + ": lower --parallelism or add TaskManagers");
    }
  }

  static URI restAddress(String flinkMaster) {
    return URI.create(flinkMaster.contains("://") ? flinkMaster : "http://" + flinkMaster);
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + message;
  }
}
