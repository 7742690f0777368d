package org.sbiretl.pipeline.config;

/** Log levels accepted by {@code logging.level}; the names match Logback's. */
public enum LogLevel {
  TRACE,
  DEBUG,
  INFO,
  WARN,
  ERROR
}
