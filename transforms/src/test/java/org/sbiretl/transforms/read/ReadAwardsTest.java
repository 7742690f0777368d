package org.sbiretl.transforms.read;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.ErrorRecord;

class ReadAwardsTest {
  @TempDir Path dir;

  /**
   * However a file is cut into ranges (the default, or one or two records each, so that the
   * byte-order mark, a quoted line break and a blank line fall at range edges), every record keeps
   * its row number and text.
   */
  @ParameterizedTest
  @ValueSource(ints = {FileRange.DEFAULT_RECORDS, 1, 2})
  void awardsAndErrorsGoToTheirOutputsAndAreCounted(int recordsPerRange) throws IOException {
    String ragged = "Ragged Co,DOD";
    String noCompany = ",DOD,Phase I,5,,,VA,22201,x";
    Path file = dir.resolve("awards.csv");
    Files.writeString(
        file,
        "\uFEFFCompany,Agency,Phase,Award Amount,UEI,Duns,State,Zip,Abstract\r\n"
            + "\"Acme, Inc.\",DOD,Phase I,\"171,433\",ABC123DEF456,'079179794',VA,22201,plain\r\n"
            + ragged
            + "\r\n"
            + noCompany
            + "\r\n"
            + "Beta LLC,NSF,Phase II,1000,bad,,Texas,78701-1234,\"first line\r\nsecond, line\"\r\n"
            + "\r\n"
            + "Gamma Corp,NASA,Phase I,TBD,,,CA,94035,\r\n",
        StandardCharsets.UTF_8);

    Pipeline p = Pipeline.create();
    PCollectionTuple out =
        p.apply(ReadAwards.from(file.toString()).withRecordsPerRange(recordsPerRange));
    PAssert.that(
            out.get(ReadAwards.AWARDS)
                .apply(
                    "AwardSummary",
                    MapElements.into(TypeDescriptors.strings())
                        .via(
                            (Award a) ->
                                a.sourceRow
                                    + "|"
                                    + a.company
                                    + "|"
                                    + a.awardAmount
                                    + "|"
                                    + a.uei
                                    + "|"
                                    + a.state
                                    + "|"
                                    + a.zip
                                    + "|"
                                    + a.abstractText
                                    + "|"
                                    + a.dataQualityFlags)))
        .containsInAnyOrder(
            "1|Acme, Inc.|171433.0|ABC123DEF456|VA|22201|plain|[]",
            "4|Beta LLC|1000.0|null|TX|78701|first line\r\nsecond, line|[uei-malformed]",
            "5|Gamma Corp|null|null|CA|94035|null|[amount-unparseable]");
    PAssert.that(
            out.get(ReadAwards.ERRORS)
                .apply(
                    "ErrorSummary",
                    MapElements.into(TypeDescriptors.strings())
                        .via(
                            (ErrorRecord e) ->
                                e.reason
                                    + "|"
                                    + e.sourceRow
                                    + "|"
                                    + e.originalText
                                    + "|"
                                    + e.sourceFile.endsWith("/awards.csv"))))
        .containsInAnyOrder(
            "ragged-row|2|" + ragged + "|true", "missing-company|3|" + noCompany + "|true");
    PipelineResult result = p.run();
    result.waitUntilFinish();

    assertThat(PipelineMetrics.counter(result, "awards", "awards.files"), is(1L));
    // Six records with the header, read in ranges of the given size.
    assertThat(
        PipelineMetrics.counter(result, "reading", "reading.award-ranges"),
        is((long) Math.ceil(6.0 / recordsPerRange)));
    assertThat(PipelineMetrics.counter(result, "awards", "awards.read"), is(5L));
    assertThat(PipelineMetrics.counter(result, "awards", "awards.valid"), is(3L));
    assertThat(PipelineMetrics.counter(result, "awards", ReadAwards.UNFLAGGED_COUNTER), is(1L));
    assertThat(PipelineMetrics.counter(result, "awards", "errors.ragged-row"), is(1L));
    assertThat(PipelineMetrics.counter(result, "awards", "errors.missing-company"), is(1L));
    assertThat(PipelineMetrics.counter(result, "awards", "flags.uei-malformed"), is(1L));
    assertThat(PipelineMetrics.counter(result, "awards", "flags.amount-unparseable"), is(1L));
  }

  @Test
  void cleanFileHasNoErrors() throws IOException {
    Path file = dir.resolve("clean.csv");
    Files.writeString(file, "Company,Agency,Phase,Zip\nAcme,DOD,Phase I,22201\n");
    Pipeline p = Pipeline.create();
    PCollectionTuple out = p.apply(ReadAwards.from(file.toString()));
    PAssert.that(out.get(ReadAwards.ERRORS)).empty();
    PAssert.that(
            out.get(ReadAwards.AWARDS)
                .apply(MapElements.into(TypeDescriptors.strings()).via((Award a) -> a.company)))
        .containsInAnyOrder("Acme");
    PipelineResult result = p.run();
    result.waitUntilFinish();
    assertThat(PipelineMetrics.counter(result, "awards", "errors.ragged-row"), is(0L));
  }

  @Test
  void fileWithoutHeaderFailsTheRunNamingTheFile() throws IOException {
    Path file = dir.resolve("headerless.csv");
    Files.writeString(file, "Acme,DOD,Phase I,22201\n");
    Pipeline p = Pipeline.create();
    p.apply(ReadAwards.from(file.toString()));
    Exception e = assertThrows(Exception.class, () -> p.run().waitUntilFinish());
    Throwable cause = e;
    while (!(cause instanceof InvalidInputException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    assertThat(cause instanceof InvalidInputException, is(true));
    assertThat(cause.getMessage(), containsString("headerless.csv"));
  }
}
