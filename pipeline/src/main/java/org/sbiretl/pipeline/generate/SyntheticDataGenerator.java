package org.sbiretl.pipeline.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes awards.csv, the recipient file and truth.csv for one set of {@link GeneratorSettings}.
 * Rows are streamed; memory grows with the award count only.
 */
final class SyntheticDataGenerator {
  static final String AWARDS_FILE = "awards.csv";
  static final String TRUTH_FILE = "truth.csv";

  private final GeneratorSettings settings;

  SyntheticDataGenerator(GeneratorSettings settings) {
    this.settings = settings;
  }

  /** Counts of what was written. */
  record Summary(int awards, int recipients, int linkedAwards, int firms) {}

  /**
   * Runs the generator.
   *
   * @throws IllegalArgumentException when the settings cannot be satisfied
   */
  Summary run() throws IOException {
    long seed = settings.seed();
    Population plan = Population.plan(seed, settings.awards(), settings.recipients());
    IdentifierModel ids = new IdentifierModel(seed);
    FirmFactory firms = new FirmFactory(seed, ids);
    RecipientFactory recipients = new RecipientFactory(seed, plan, firms, ids);
    AwardFactory awards = new AwardFactory(seed, plan, firms, recipients, settings.identifiers());

    Files.createDirectories(settings.output());
    try (RecipientSink sink = openRecipients()) {
      for (int i = 0; i < settings.recipients(); i++) {
        sink.write(recipients.row(i));
      }
    }
    int linked = 0;
    try (CSVPrinter awardOut = printer(AWARDS_FILE, AwardFactory.COLUMNS.toArray(String[]::new));
        CSVPrinter truthOut = printer(TRUTH_FILE, "agency_tracking_number", "expected_uei")) {
      for (int i = 0; i < settings.awards(); i++) {
        AwardFactory.Generated g = awards.award(i);
        awardOut.printRecord(g.values());
        truthOut.printRecord(g.trackingNumber(), g.expectedUei());
        if (!g.expectedUei().isEmpty()) {
          linked++;
        }
      }
    }
    return new Summary(settings.awards(), settings.recipients(), linked, plan.firms());
  }

  private RecipientSink openRecipients() throws IOException {
    Path file = settings.output().resolve(settings.format().fileName());
    return switch (settings.format()) {
      case CSV -> new CsvRecipientSink(file, true);
      case CSV_HEADERLESS -> new CsvRecipientSink(file, false);
      case PARQUET -> {
        Files.deleteIfExists(file);
        yield new ParquetRecipientSink(file);
      }
    };
  }

  private CSVPrinter printer(String name, String... header) throws IOException {
    Writer out = Files.newBufferedWriter(settings.output().resolve(name), StandardCharsets.UTF_8);
    return new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).build());
  }
}
