package org.sbiretl.pipeline.calibrate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code profile-pairs}: the rates a labelled set shows, to set the generator's against. */
@Command(
    name = "profile-pairs",
    mixinStandardHelpOptions = true,
    description = {
      "Profiles a labelled set (awards CSV, recipients CSV with a header, truth CSV): how the",
      "names and places of its true award-recipient pairs differ after the linker's",
      "normalisation, and how often a firm has a namesake among the recipients. Run it on a",
      "real labelled set and on generated data to compare them (docs/generator.md)."
    })
public final class PairProfileCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--awards", required = true, description = "Awards CSV (SBIR.gov columns).")
  Path awards;

  @Option(
      names = "--recipients",
      required = true,
      description = "Recipients CSV with a header (recipient_lookup columns).")
  Path recipients;

  @Option(names = "--truth", required = true, description = "agency_tracking_number,expected_uei")
  Path truth;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PairProfile profile;
    try {
      profile = PairProfile.of(awards, recipients, truth);
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      // commons-csv names a missing column in an IllegalArgumentException.
      err.println("error: " + e.getMessage());
      err.flush();
      return 1;
    }
    for (Map.Entry<String, String> row : profile.rows().entrySet()) {
      out.printf("%-45s %s%n", row.getKey(), row.getValue());
    }
    out.flush();
    return 0;
  }
}
