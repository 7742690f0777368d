package org.sbiretl.transforms.read;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
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
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.ErrorRecord;

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
        .apply("SplitAwardFiles", ParDo.of(new SplitAwardFileFn()))
        .setCoder(RecordBatch.CODER)
        // Splitting runs in file order; parsing is spread over all workers.
        .apply("SpreadAwardBatches", Reshuffle.viaRandomKey())
        .apply(
            "ParseAwardRows",
            ParDo.of(new ParseAwardBatchFn()).withOutputTags(AWARDS, TupleTagList.of(ERRORS)));
  }

  /**
   * Splits one file into batches of records after checking its header: a file whose header names
   * no award column fails here, once, before any row is parsed.
   */
  static class SplitAwardFileFn extends DoFn<FileIO.ReadableFile, RecordBatch> {
    private final Counter filesRead = Metrics.counter("awards", "awards.files");

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, OutputReceiver<RecordBatch> out)
        throws IOException {
      String name = file.getMetadata().resourceId().toString();
      filesRead.inc();
      try (Reader reader = TextFiles.open(file)) {
        RecordSource source = RecordSource.open(reader, name, true);
        AwardHeader.resolve(source.headerCells(), name);
        char delimiter = source.fields().delimiter();
        List<RawRecord> batch = new ArrayList<>(RecordBatch.SIZE);
        while (source.hasNext()) {
          batch.add(source.next());
          if (batch.size() == RecordBatch.SIZE) {
            out.output(new RecordBatch(name, delimiter, source.headerCells(), batch));
            batch = new ArrayList<>(RecordBatch.SIZE);
          }
        }
        if (!batch.isEmpty()) {
          out.output(new RecordBatch(name, delimiter, source.headerCells(), batch));
        }
      }
    }
  }

  /** Parses each record of a batch into an award or an error row. */
  static class ParseAwardBatchFn extends DoFn<RecordBatch, Award> {
    private final Counter rowsRead = Metrics.counter("awards", "awards.read");
    private final Counter rowsValid = Metrics.counter("awards", "awards.valid");

    @ProcessElement
    public void process(@Element RecordBatch batch, MultiOutputReceiver out) {
      AwardParser parser =
          new AwardParser(AwardHeader.resolve(batch.header(), batch.file()), batch.file());
      CsvFields fields = batch.fields();
      for (RawRecord raw : batch.records()) {
        rowsRead.inc();
        AwardParser.Result result;
        try {
          result = parser.parse(raw, fields.parse(raw.text()));
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
