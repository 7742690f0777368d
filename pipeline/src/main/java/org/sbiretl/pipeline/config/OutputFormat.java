package org.sbiretl.pipeline.config;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which files the job writes. */
public enum OutputFormat {
  PARQUET,
  CSV,
  BOTH;

  public boolean writesParquet() {
    return this != CSV;
  }

  public boolean writesCsv() {
    return this != PARQUET;
  }

  /** The spelling used in the configuration files and the run summary. */
  @JsonValue
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
