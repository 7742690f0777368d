package org.sbiretl.pipeline.config;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Applies the configuration's logging section to Logback. It re-reads the packaged {@code
 * logback.xml} with the configured values as properties, so appenders and patterns stay defined in
 * one file.
 */
public final class LoggingSetup {
  private static final String CONFIG_RESOURCE = "/logback.xml";

  /** The log file the last {@link #apply} set up; the packaged default before that. */
  private static volatile Path currentFile = Installation.resolve("logs/sbir-etl.log");

  private LoggingSetup() {}

  /** Where log lines go now: for pointing a user at the details of a failure. */
  public static Path currentFile() {
    return currentFile;
  }

  /**
   * Reconfigures logging: level, log file, rotation size, retention, total size cap, and the
   * permissions of the log files and of the log folders it creates. Call once at start-up, after
   * loading the configuration and before the pipeline runs.
   *
   * @return false when SLF4J is not bound to Logback (e.g. on a cluster that provides its own
   *     logging), in which case nothing is changed
   * @throws ConfigException when the log file cannot be set up, e.g. its directory is not writable
   */
  public static boolean apply(EtlConfig config) {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (!(factory instanceof LoggerContext context)) {
      return false;
    }
    URL resource = LoggingSetup.class.getResource(CONFIG_RESOURCE);
    if (resource == null) {
      throw new IllegalStateException(CONFIG_RESOURCE + " is missing from the build");
    }
    EtlConfig.Logging logging = config.logging();
    long started = System.currentTimeMillis();
    context.reset();
    context.putProperty("LOG_LEVEL", logging.level().name());
    context.putProperty("LIBRARY_LOG_LEVEL", libraryLevel(logging.level()).name());
    Path file = Installation.resolve(logging.file());
    context.putProperty("LOG_FILE", file.toString());
    context.putProperty("LOG_MAX_FILE_SIZE", logging.maxFileSizeMb() + "MB");
    context.putProperty("LOG_MAX_HISTORY", Integer.toString(logging.maxHistoryDays()));
    context.putProperty("LOG_TOTAL_SIZE_CAP", logging.totalSizeCapMb() + "MB");
    context.putProperty("LOG_FILE_MODE", config.security().fileMode());
    context.putProperty("LOG_DIRECTORY_MODE", config.security().directoryMode());
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    try {
      configurator.doConfigure(resource);
    } catch (JoranException e) {
      throw new IllegalStateException("cannot apply " + resource + ": " + e.getMessage(), e);
    }
    List<String> errors = errorsSince(context, started);
    if (errors.isEmpty()) {
      currentFile = file;
    } else {
      throw new ConfigException(
          "logging.file "
              + logging.file()
              + ": cannot set up logging: "
              + String.join("; ", errors));
    }
    return true;
  }

  /** Libraries stay at WARN unless the configured level is stricter still. */
  private static LogLevel libraryLevel(LogLevel level) {
    return level.compareTo(LogLevel.WARN) > 0 ? level : LogLevel.WARN;
  }

  /** Logback reports an unwritable file as a status message rather than an exception. */
  private static List<String> errorsSince(LoggerContext context, long started) {
    List<String> errors = new ArrayList<>();
    for (Status status : context.getStatusManager().getCopyOfStatusList()) {
      if (status.getLevel() == Status.ERROR && status.getTimestamp() >= started) {
        Throwable cause = status.getThrowable();
        errors.add(status.getMessage() + (cause == null ? "" : " (" + cause.getMessage() + ")"));
      }
    }
    return errors;
  }
}
