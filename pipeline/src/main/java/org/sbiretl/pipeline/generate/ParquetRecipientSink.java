package org.sbiretl.pipeline.generate;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Recipient rows as Parquet: every field an optional string except {@code alternate_names}, a list
 * of strings. Fixed writer settings keep the bytes identical across runs.
 */
final class ParquetRecipientSink implements RecipientSink {
  static final Schema SCHEMA = schema();

  private final ParquetWriter<GenericRecord> writer;

  ParquetRecipientSink(Path file) throws IOException {
    this.writer =
        AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(file))
            .withSchema(SCHEMA)
            .withConf(new Configuration(false))
            .withCompressionCodec(CompressionCodecName.SNAPPY)
            .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
            .withRowGroupSize(64L * 1024 * 1024)
            .withPageSize(1024 * 1024)
            .withDictionaryEncoding(true)
            .build();
  }

  private static Schema schema() {
    SchemaBuilder.FieldAssembler<Schema> fields =
        SchemaBuilder.record("Recipient").namespace("org.sbiretl.generate").fields();
    for (String column : RecipientRow.COLUMNS) {
      if (column.equals("alternate_names")) {
        fields = fields.name(column).type().array().items().stringType().noDefault();
      } else {
        fields = fields.optionalString(column);
      }
    }
    return fields.endRecord();
  }

  @Override
  public void write(RecipientRow row) throws IOException {
    GenericRecord rec = new GenericData.Record(SCHEMA);
    java.util.List<String> values = row.values();
    for (int i = 0; i < RecipientRow.COLUMNS.size(); i++) {
      String column = RecipientRow.COLUMNS.get(i);
      if (column.equals("alternate_names")) {
        rec.put(i, row.alternateNames);
      } else {
        String v = values.get(i);
        rec.put(i, v.isEmpty() ? null : v);
      }
    }
    writer.write(rec);
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
