package org.sbiretl.transforms.read;

import java.io.IOException;
import java.io.Reader;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.ErrorRecord;

/**
 * Reads SBIR.gov award exports matching a file pattern into {@link #AWARDS} and {@link #ERRORS}.
 *
 * <p>Each file is parsed whole (quoted fields may span lines, so the file cannot be split on line
 * ends). Every record becomes exactly one award or one error row.
 */
public class ReadAwards extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<Award> AWARDS = new TupleTag<Award>() {};
  public static final TupleTag<ErrorRecord> ERRORS = new TupleTag<ErrorRecord>() {};

  private final String filepattern;

  private ReadAwards(String filepattern) {
    this.filepattern = filepattern;
  }

  public static ReadAwards from(String filepattern) {
    return new ReadAwards(filepattern);
  }

  @Override
  public PCollectionTuple expand(PBegin input) {
    return input
        .apply(
            "MatchAwardFiles",
            FileIO.match()
                .filepattern(filepattern)
                .withEmptyMatchTreatment(EmptyMatchTreatment.DISALLOW))
        .apply("OpenAwardFiles", FileIO.readMatches())
        .apply(
            "ParseAwardRows",
            ParDo.of(new ParseAwardFileFn()).withOutputTags(AWARDS, TupleTagList.of(ERRORS)));
  }

  /** Splits one file into records and parses each into an award or an error row. */
  static class ParseAwardFileFn extends DoFn<FileIO.ReadableFile, Award> {
    private final Counter rowsRead = Metrics.counter("awards", "awards.read");
    private final Counter rowsValid = Metrics.counter("awards", "awards.valid");
    private final Counter filesRead = Metrics.counter("awards", "awards.files");

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out)
        throws IOException {
      String name = file.getMetadata().resourceId().toString();
      filesRead.inc();
      try (Reader reader = TextFiles.open(file)) {
        RecordSource source = RecordSource.open(reader, name, true);
        AwardParser parser = new AwardParser(AwardHeader.resolve(source.headerCells(), name), name);
        while (source.hasNext()) {
          RawRecord raw = source.next();
          rowsRead.inc();
          AwardParser.Result result;
          try {
            result = parser.parse(raw, source.fields().parse(raw.text()));
          } catch (CsvFields.MalformedRecordException e) {
            result = parser.unparseable(raw, e.getMessage());
          }
          if (result.award() != null) {
            rowsValid.inc();
            for (String flag : result.award().dataQualityFlags) {
              Metrics.counter("awards", "flags." + flag).inc();
            }
            out.get(AWARDS).output(result.award());
          } else {
            Metrics.counter("awards", "errors." + result.error().reason).inc();
            out.get(ERRORS).output(result.error());
          }
        }
      }
    }
  }
}
