package org.sbiretl.pipeline.generate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: synthetic SBIR awards, USAspending recipients and the expected links. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes synthetic SBIR.gov awards (awards.csv), USAspending recipient_lookup rows",
      "(recipients.csv or recipients.parquet) and the ground truth (truth.csv) to a directory.",
      "The same options always give byte-identical files."
    })
public final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--awards", description = "Number of award rows (default: ${DEFAULT-VALUE}).")
  int awards = 2000;

  @Option(
      names = "--recipients",
      description = "Number of recipient rows (default: ${DEFAULT-VALUE}).")
  int recipients = 20000;

  @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--output", required = true, description = "Directory to write to.")
  Path output;

  @Option(
      names = "--recipients-format",
      converter = FormatConverter.class,
      description = "csv (with header), csv-headerless or parquet (default: ${DEFAULT-VALUE}).")
  RecipientsFormat format = RecipientsFormat.CSV;

  @Option(
      names = "--no-identifiers",
      description = "Leave UEI and Duns blank on every award (name-only linking).")
  boolean noIdentifiers;

  /** Parses the recipients-format spelling. */
  static final class FormatConverter implements CommandLine.ITypeConverter<RecipientsFormat> {
    @Override
    public RecipientsFormat convert(String value) {
      try {
        return RecipientsFormat.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    String problem = validate();
    if (problem != null) {
      err.println("generate: " + problem);
      err.flush();
      return 1;
    }
    try {
      SyntheticDataGenerator.Summary s =
          new SyntheticDataGenerator(
                  new GeneratorSettings(awards, recipients, seed, output, format, !noIdentifiers))
              .run();
      out.printf(
          "generate: wrote %d awards (%d firms, %d linked), %d recipients (%s) to %s%n",
          s.awards(), s.firms(), s.linkedAwards(), s.recipients(), format, output);
      out.flush();
      return 0;
    } catch (IllegalArgumentException | IOException e) {
      err.println("generate: " + describe(e));
      err.flush();
      return 1;
    }
  }

  private String validate() {
    if (awards < 0) {
      return "--awards must be 0 or more, got " + awards;
    }
    if (awards > AwardFactory.MAX_AWARDS) {
      return "--awards must be at most " + AwardFactory.MAX_AWARDS + ", got " + awards;
    }
    if (recipients < 0) {
      return "--recipients must be 0 or more, got " + recipients;
    }
    if (recipients > IdentifierModel.MAX_RECIPIENTS) {
      return "--recipients must be at most " + IdentifierModel.MAX_RECIPIENTS;
    }
    if (Files.exists(output) && !Files.isDirectory(output)) {
      return "--output " + output + " exists and is not a directory";
    }
    return null;
  }

  private static String describe(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "cannot write " + e.getMessage() + ": no such file or directory";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "cannot write " + e.getMessage() + ": permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException fse) {
      return "cannot write "
          + fse.getFile()
          + (fse.getReason() == null ? "" : ": " + fse.getReason());
    }
    return e.getMessage();
  }

  /** Runs the command standalone. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new GenerateCommand()).execute(args));
  }
}
