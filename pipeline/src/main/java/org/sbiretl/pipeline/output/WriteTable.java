package org.sbiretl.pipeline.output;

import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.extensions.avro.schemas.utils.AvroUtils;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.sbiretl.transforms.metrics.TimedDoFn;

/**
 * Writes one output table under {@code DIR/<name>/}: Parquet files and/or CSV shards that each
 * start with the header line. Counts the rows as {@code output.<name>}: the counter the
 * conservation check adds up, so it counts what is written, not what was meant to be.
 */
public class WriteTable extends PTransform<PCollection<Row>, PDone> {
  private final String directory;
  private final String name;
  private final Schema schema;
  private final boolean parquet;
  private final boolean csv;

  public WriteTable(String directory, String name, Schema schema, boolean parquet, boolean csv) {
    this.directory = directory;
    this.name = name;
    this.schema = schema;
    this.parquet = parquet;
    this.csv = csv;
  }

  @Override
  public PDone expand(PCollection<Row> rows) {
    String dir = directory.endsWith("/") ? directory + name : directory + "/" + name;
    PCollection<Row> counted =
        rows.apply("Count" + capitalised(), ParDo.of(new CountRowsFn(name))).setRowSchema(schema);
    if (parquet) {
      org.apache.avro.Schema avro = AvroUtils.toAvroSchema(schema);
      counted
          .apply(
              "ToAvro" + capitalised(),
              MapElements.into(TypeDescriptor.of(GenericRecord.class))
                  .via(AvroUtils.getRowToGenericRecordFunction(avro)))
          .setCoder(AvroCoder.of(avro))
          .apply(
              "WriteParquet" + capitalised(),
              FileIO.<GenericRecord>write()
                  .via(ParquetIO.sink(avro))
                  .to(dir)
                  .withPrefix("part")
                  .withSuffix(".parquet"));
    }
    if (csv) {
      counted
          .apply(
              "ToCsv" + capitalised(),
              MapElements.into(TypeDescriptors.strings()).via(CsvRows::line))
          .apply(
              "WriteCsv" + capitalised(),
              TextIO.write()
                  .to(dir + "/part")
                  .withSuffix(".csv")
                  .withHeader(CsvRows.header(schema)));
    }
    return PDone.in(rows.getPipeline());
  }

  private String capitalised() {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  static class CountRowsFn extends TimedDoFn<Row, Row> {

    private final Counter rows;

    CountRowsFn(String table) {
      super("write-outputs");
      this.rows = Metrics.counter("output", "output." + table);
    }

    @ProcessElement
    public void process(@Element Row row, OutputReceiver<Row> out) {
      rows.inc();
      out.output(row);
    }
  }
}
