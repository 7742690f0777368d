package org.sbiretl.pipeline.cli;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sbiretl.pipeline.cet.CetEvaluation;
import org.sbiretl.pipeline.cet.CetFiles;
import org.sbiretl.pipeline.cet.CetSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cet-evaluate}: a CET taxonomy and its scoring against awards labelled by hand. */
@Command(
    name = "cet-evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Scores hand-labelled awards (CSV: id, topic_code, title, abstract, label, also) with the",
      "CET taxonomy and settings, and prints precision and recall per area and overall, beside a",
      "keyword-count baseline. Use it before a taxonomy change ships or is rolled back."
    })
public final class CetEvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--labels", required = true, description = "The labelled awards (CSV).")
  Path labels;

  @Option(names = "--cet-config", description = "CET classification settings (default: config).")
  Path cetConfig;

  @Option(names = "--cet-taxonomy", description = "CET taxonomy (default: config).")
  Path cetTaxonomy;

  @Mixin ConfigOptions configOptions;

  @Override
  public Integer call() throws Exception {
    CetSetup setup = CetFiles.loadEvenIfDisabled(configOptions.configDir, cetConfig, cetTaxonomy);
    CetEvaluation evaluation;
    try (Reader in = Files.newBufferedReader(labels, StandardCharsets.UTF_8)) {
      evaluation = new CetEvaluation(CetEvaluation.read(in), setup);
    }
    var out = spec.commandLine().getOut();
    out.printf(
        "%,d labelled awards; taxonomy %s (%s)%n%n",
        evaluation.rows().size(), setup.taxonomy().version(), setup.taxonomySource());
    out.println(
        evaluation.weighted().table("weighted score (" + setup.classificationSource() + ")"));
    out.println(evaluation.baseline().table("baseline: most keyword hits over the same phrases"));
    out.flush();
    return ExitCodes.OK;
  }
}
