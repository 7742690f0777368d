package org.sbiretl.transforms.read;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sbiretl.transforms.record.ErrorRecord;
import org.sbiretl.transforms.record.Recipient;

class ReadRecipientsTest {
  @TempDir Path dir;

  private static PCollection<String> summary(PCollectionTuple out) {
    return out.get(ReadRecipients.RECIPIENTS)
        .apply(
            "RecipientSummary",
            MapElements.into(TypeDescriptors.strings())
                .via(
                    (Recipient r) ->
                        r.sourceRow
                            + "|"
                            + r.legalBusinessName
                            + "|"
                            + r.uei
                            + "|"
                            + r.duns
                            + "|"
                            + r.state
                            + "|"
                            + r.zip5
                            + "|"
                            + r.alternateNames));
  }

  private static PCollection<String> errors(PCollectionTuple out) {
    return out.get(ReadRecipients.ERRORS)
        .apply(
            "ErrorSummary",
            MapElements.into(TypeDescriptors.strings())
                .via((ErrorRecord e) -> e.reason + "|" + e.sourceRow + "|" + e.originalText));
  }

  @Test
  void headerlessDump() throws IOException {
    String twin = RecipientParserTest.ROW.replace("17,a1b2c3", "18,d4e5f6");
    String noIdentity = "19,h,,,,,,Boston,,USA,,,MA,,02110,{},fpds,2024-01-31,,";
    String ragged = "20,h,ONLY THREE";
    Path file = dir.resolve("recipient_lookup.csv");
    Files.writeString(
        file,
        String.join("\n", RecipientParserTest.ROW, twin, noIdentity, ragged) + "\n",
        StandardCharsets.UTF_8);

    Pipeline p = Pipeline.create();
    PCollectionTuple out = p.apply(ReadRecipients.from(file.toString()));
    String acme =
        "|ACME ROBOTICS, LLC|ABC123DEF456|079179794|MA|02110|[ACME, ACME ROBOTICS, BOSTON]";
    PAssert.that(summary(out)).containsInAnyOrder("1" + acme, "2" + acme);
    PAssert.that(errors(out))
        .containsInAnyOrder("missing-recipient-identity|3|" + noIdentity, "ragged-row|4|" + ragged);
    PipelineResult result = p.run();
    result.waitUntilFinish();
    assertThat(PipelineMetrics.counter(result, "recipients", "recipients.read"), is(4L));
    assertThat(PipelineMetrics.counter(result, "recipients", "recipients.valid"), is(2L));
    assertThat(
        PipelineMetrics.counter(
            result, "recipients", "recipients.errors.missing-recipient-identity"),
        is(1L));
    assertThat(
        PipelineMetrics.counter(result, "recipients", "recipients.errors.ragged-row"), is(1L));
  }

  @Test
  void csvWithHeaderCountsDataRowsFromOne() throws IOException {
    Path file = dir.resolve("recipients_with_header.csv");
    Files.writeString(
        file,
        "uei,state,legal_business_name,zip5,duns,alternate_names\n"
            + "abc123def456,Virginia,Acme Inc,22201,,\"{\"\"A, B\"\",NULL}\"\n"
            + "\n"
            + ",TX,Beta LLC,78701,'079179794',{}\n",
        StandardCharsets.UTF_8);

    Pipeline p = Pipeline.create();
    PCollectionTuple out = p.apply(ReadRecipients.from(file.toString()));
    PAssert.that(summary(out))
        .containsInAnyOrder(
            "1|Acme Inc|ABC123DEF456|null|VA|22201|[A, B]",
            "2|Beta LLC|null|079179794|TX|78701|[]");
    PAssert.that(out.get(ReadRecipients.ERRORS)).empty();
    PipelineResult result = p.run();
    result.waitUntilFinish();
    assertThat(PipelineMetrics.counter(result, "recipients", "recipients.read"), is(2L));
  }

  @Test
  void parquet() throws IOException {
    Schema schema =
        SchemaBuilder.record("recipient_lookup")
            .fields()
            .optionalString("id")
            .optionalString("legal_business_name")
            .optionalString("duns")
            .optionalString("uei")
            .optionalString("state")
            .optionalString("zip5")
            .name("alternate_names")
            .type()
            .nullable()
            .array()
            .items()
            .stringType()
            .noDefault()
            .endRecord();
    Path file = dir.resolve("recipients.parquet");
    try (ParquetWriter<GenericRecord> writer =
        AvroParquetWriter.<GenericRecord>builder(
                HadoopOutputFile.fromPath(
                    new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))
            .withSchema(schema)
            .build()) {
      writer.write(
          record(
              schema,
              "1",
              "Acme Inc",
              "79179794",
              "abc123def456",
              "MA",
              "02110",
              List.of("Acme Robotics", "A \"Q\", Co")));
      writer.write(record(schema, "2", "Acme Inc", null, "ABC123DEF456", "ma", null, null));
      writer.write(record(schema, "3", null, null, "bad", "MA", null, List.of()));
    }

    Pipeline p = Pipeline.create();
    PCollectionTuple out = p.apply(ReadRecipients.from(file.toString()));
    PAssert.that(summary(out))
        .containsInAnyOrder(
            "0|Acme Inc|ABC123DEF456|079179794|MA|02110|[Acme Robotics, A \"Q\", Co]",
            "0|Acme Inc|ABC123DEF456|null|MA|null|[]");
    PAssert.that(
            out.get(ReadRecipients.ERRORS)
                .apply(
                    "ErrorReasons",
                    MapElements.into(TypeDescriptors.strings()).via((ErrorRecord e) -> e.reason)))
        .containsInAnyOrder("missing-recipient-identity");
    PipelineResult result = p.run();
    result.waitUntilFinish();
    assertThat(PipelineMetrics.counter(result, "recipients", "recipients.read"), is(3L));
    assertThat(PipelineMetrics.counter(result, "recipients", "recipients.valid"), is(2L));
  }

  private static GenericRecord record(
      Schema schema,
      String id,
      String name,
      String duns,
      String uei,
      String state,
      String zip5,
      List<String> alternates) {
    GenericRecord r = new GenericData.Record(schema);
    r.put("id", id);
    r.put("legal_business_name", name);
    r.put("duns", duns);
    r.put("uei", uei);
    r.put("state", state);
    r.put("zip5", zip5);
    r.put("alternate_names", alternates);
    return r;
  }
}
