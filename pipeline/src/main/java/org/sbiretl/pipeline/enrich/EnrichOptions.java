package org.sbiretl.pipeline.enrich;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** Options of the enrichment job; the CLI fills them from its arguments and the config. */
public interface EnrichOptions extends PipelineOptions {
  @Description("SBIR.gov award export(s): a file or a glob, absolute for cluster runs")
  @Validation.Required
  String getAwards();

  void setAwards(String value);

  @Description("USAspending recipient_lookup: CSV (with or without header) or .parquet")
  @Validation.Required
  String getRecipients();

  void setRecipients(String value);

  @Description("Output directory: matched/, review/, unmatched/, errors/, run-summary.json")
  @Validation.Required
  String getOutput();

  void setOutput(String value);

  @Description(
      "Records per input range (chunk_size): each range is read and parsed as one unit of work")
  @Default.Integer(10_000)
  int getChunkSize();

  void setChunkSize(int value);

  @Description("Write Parquet files")
  @Default.Boolean(true)
  boolean getWriteParquet();

  void setWriteParquet(boolean value);

  @Description("Write CSV shards, each starting with a header line")
  @Default.Boolean(false)
  boolean getWriteCsv();

  void setWriteCsv(boolean value);
}
