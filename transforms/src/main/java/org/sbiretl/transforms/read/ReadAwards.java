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
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.sbiretl.transforms.metrics.TimedDoFn;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.ErrorRecord;
import org.sbiretl.transforms.record.RecordCoders;

/**
 * Reads SBIR.gov award exports matching a file pattern into {@link #AWARDS} and {@link #ERRORS}.
 *
 * <p>Each file is split into records from its start (quoted fields may span lines, so it cannot be
 * split on line ends), and the records are parsed in batches on all workers. Every record becomes
 * exactly one award or one error row.
 */
public class ReadAwards extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<Award> AWARDS = new TupleTag<Award>() {};
  public static final TupleTag<ErrorRecord> ERRORS = new TupleTag<ErrorRecord>() {};

  /** Counter of valid awards with no field-level {@link DataQualityFlag}. */
  public static final String UNFLAGGED_COUNTER = "awards.unflagged";

  /** Counter of the award rows read, valid or not. */
  public static final String READ_COUNTER = "awards.read";

  /** Counter of the rows read as awards (the rest are error rows). */
  public static final String VALID_COUNTER = "awards.valid";

  private final String filepattern;
  private final int recordsPerRange;

  private ReadAwards(String filepattern, int recordsPerRange) {
    if (recordsPerRange < 1) {
      throw new IllegalArgumentException("records per range must be at least 1");
    }
    this.filepattern = filepattern;
    this.recordsPerRange = recordsPerRange;
  }

  public static ReadAwards from(String filepattern) {
    return new ReadAwards(filepattern, FileRange.DEFAULT_RECORDS);
  }

  /**
   * Reads each file in ranges of this many records, each parsed as one unit of work on any worker
   * (and held in memory as bytes while it is parsed).
   */
  public ReadAwards withRecordsPerRange(int records) {
    return new ReadAwards(filepattern, records);
  }

  @Override
  public PCollectionTuple expand(PBegin input) {
    PCollectionTuple read =
        input
            .apply(
                "MatchAwardFiles",
                FileIO.match()
                    .filepattern(filepattern)
                    .withEmptyMatchTreatment(EmptyMatchTreatment.DISALLOW))
            .apply("OpenAwardFiles", FileIO.readMatches())
            .apply("PlanAwardRanges", ParDo.of(new PlanAwardFileFn(recordsPerRange)))
            .setCoder(FileRange.CODER)
            // Planning scans each file once, in order; reading and parsing ranges is spread out.
            .apply("SpreadAwardRanges", Reshuffle.viaRandomKey())
            .apply(
                "ParseAwardRows",
                ParDo.of(new ParseAwardRangeFn()).withOutputTags(AWARDS, TupleTagList.of(ERRORS)));
    // The records' compact coders (RecordCoders), not the inferred schema coders: awards cross
    // several channels on their way through the linker, and errors one.
    read.get(AWARDS).setCoder(RecordCoders.of(Award.class));
    read.get(ERRORS).setCoder(RecordCoders.of(ErrorRecord.class));
    return read;
  }

  /**
   * Plans one file into ranges after checking its header: a file whose header names no award column
   * fails here, once, before any row is parsed.
   */
  static class PlanAwardFileFn extends DoFn<FileIO.ReadableFile, FileRange> {
    private final int recordsPerRange;

    PlanAwardFileFn(int recordsPerRange) {
      this.recordsPerRange = recordsPerRange;
    }

    private final Counter filesRead = Metrics.counter("awards", "awards.files");

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, OutputReceiver<FileRange> out)
        throws IOException {
      String name = file.getMetadata().resourceId().toString();
      filesRead.inc();
      String[] header;
      char delimiter;
      try (Reader reader = TextFiles.open(file)) {
        RecordSource source = RecordSource.open(reader, name, true);
        AwardHeader.resolve(source.headerCells(), name);
        header = source.headerCells();
        delimiter = source.fields().delimiter();
      }
      for (FileRange range : FileRange.plan(file, name, delimiter, header, 1, recordsPerRange)) {
        out.output(range);
      }
    }
  }

  /** Reads one range of a file and parses each record into an award or an error row. */
  static class ParseAwardRangeFn extends TimedDoFn<FileRange, Award> {
    ParseAwardRangeFn() {
      super("read-awards");
    }

    private final Counter rowsRead = Metrics.counter("awards", READ_COUNTER);
    private final Counter rowsValid = Metrics.counter("awards", VALID_COUNTER);
    private final Counter rowsUnflagged = Metrics.counter("awards", UNFLAGGED_COUNTER);
    private final Counter ranges = Metrics.counter("reading", "reading.award-ranges");

    @ProcessElement
    public void process(@Element FileRange range, MultiOutputReceiver out) throws IOException {
      ranges.inc();
      AwardParser parser =
          new AwardParser(AwardHeader.resolve(range.header(), range.name()), range.name());
      CsvFields fields = range.fields();
      range.forEachRecord(raw -> parser.parseRecord(raw, fields, result -> emit(result, out)));
    }

    private void emit(AwardParser.Result result, MultiOutputReceiver out) {
      rowsRead.inc();
      if (result.award() != null) {
        rowsValid.inc();
        if (result.award().dataQualityFlags.isEmpty()) {
          rowsUnflagged.inc();
        }
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
